"""Someone who works or volunteers with children, and what they did: the LADO's route. A worker is
named by what they do there; the harm, by the words people use for it.
"""

from __future__ import annotations

import re

from .fragments import CHILD_WORDS

# Paid care: whoever comes in to care for or help an adult, not a family's own carer (a person in a position of
# trust, as `WORKER`'s people are: the seventy-third benchmark, session 51).
PAID_CARE = re.compile(
    r"(?<!young )(?<!family )(?<!unpaid )\b(?:care workers?|carers?|home ?helps?|cleaners?|personal assistants?|support workers?"
    r"|care (?:agency|staff|assistants?)|agency (?:staff|carers?|workers?)|night staff)\b"
    # "the girl who comes in the morning" (the seventy-seventh benchmark, session 54)
    r"|\b(?:girl|lady|woman|man|lad|fella|bloke) (?:who|that) (?:comes|come|came|pops) (?:in|round)\b"
)


WORKER = re.compile(
    r"\b(?:volunteers?|vols?|staff|worker|coach|coaches|leader|leaders|youth worker|teachers?|tutors?|employee|trustee|helpers?|chair"
    r"|treasurer|one of our|choir leader|sessional|scout leader|befrienders?|instructors?|mentors?|caretaker|minibus driver|driver"
    r"|manager|supervisor|assistant|cook|vicar|priest|pastor|imam|warden|steward|organiser|play worker|playworker|nursery"
    r"|childminder|childminders|childminding|nanny(?! ?cam)|au pair|babysitter|lifeguard|referee|ref|linesman|lineswoman|escort|passenger assistant|sensei|trainer|deputy|our \w+ leader|the leader|member of staff|member of our team"
    r"|scoutmaster|scout master|brown owl|akela|guider|cub leader|beaver leader|youth leader|group leader|bible study leader|choirmaster"
    # (the nineteenth benchmark, session 20)
    r"|(?:discord|server|chat|group|adult|forum) (?:mods?|moderators?)|adviser|advisor|counsell?or|lollipop (?:man|lady)|crossing patrol|teaching assistant|dinner lady"
    r"|conductor|musical director|bandmaster|band leader|music teacher|dance teacher|hafiz|maulana|maulvi|qari|ustadh|ustaz|sunday school teacher"  # (session 32)
    r"|organist|verger|bell ?ringers?|tower captain"  # (the forty-third benchmark, session 36)
    r"|director|nurse|captain|assessors?|examiners?|expedition (?:leader|supervisor)s?|marshals?"  # a DofE assessor (session 35)
    r"|overseas pro|club pro|(?:cricket|golf|tennis|swimming|squash) pro"  # (the sixty-third benchmark, session 45)
    r"|asl(?! interpret\w*| signers?| class\w*| lessons?| course\w*)|acl|ayl"  # a Scout group's assistant leaders (the sixty-fourth benchmark, session 46)
    r"|ta(?= (?:at|from|in|who|has|is|keeps|been|snapchats?|messag\w*|text\w*|dms?)\b))\b"  # a panto's or a choir's (the twentieth benchmark, session 21)
    r"|\boff the (?:\w+ )?rotas?\b"  # someone taken off a rota works there (the forty-first benchmark, session 35)
    r"|\b(?:who|as|that) (?:runs|helps (?:at|with|out)|works (?:at|in|on|with)|volunteers (?:at|with|in|on)|coaches|teaches|drives)\b"
    r"|\bhelps (?:out )?(?:with|at) (?:the )?(?:beavers|cubs|scouts|brownies|guides|rainbows|youth club|kids club|sunday school|juniors)\b"
    r"|\bhelps (?:us )?(?:to )?(?:set up|setting up|put out|clear up|lock up|open up)\b"  # "Tony helps set up the hall for us" (the sixty-fourth benchmark, session 46)
    # "kid said breakfast club man hurt him" (the sixty-fifth benchmark, session 46); a lunch club's man is a client
    r"|\b(?<!lunch )club (?:man|bloke|fella|guy)\b"
    r"|\b(?:mr|mrs|miss|ms|sir) \w+ (?:at|from|who runs) (?:the|our|my) (?:club|group|centre|church|school|camp|session|youth club|hall)\b"
)


# What a DBS check "came back with", when it is about a child: news of a risk, not a question of process (the sixty-sixth
# benchmark, session 48; "what happens if a DBS comes back with something on it?" stays a plan).
_DBS_ABOUT_A_CHILD = (
    r"(?:something|somthing|sumthing|summat|an? (?:\w+ )?(?:conviction|caution|offence|record)|(?:\w+ )?(?:convictions|cautions|offences))(?: \w+){0,3}?"
    r" (?:about|for|involving|against|relating to|to do with|re|towards|vs|v|versus|on) (?:a |an |the )?(?:"
    + CHILD_WORDS
    + r"|minors)\b"
)


# An offence against children named before its kind ("a child cruelty caution": the seventy-fifth benchmark, session 53).
_CHILD_OFFENCE = r"(?:an? )?(?:child|children s|kids|child sex|child sexual) (?:cruelty|neglect|abuse|sex|sexual|protection|exploitation)(?: \w+)? (?:conviction|caution|offence|record|charge)s?\b"


# A sexual offence on a check, which puts children at risk whoever the victim was.
_SEXUAL_OFFENCE = r"(?:an? )?(?:indecent assault|sexual assault|sex offence|indecent images|rape|grooming)"
# What a DBS check came back with that is news of a risk to children: something about a child, or a sexual offence ("DBS
# came back w indecent assault conviction": the seventy-first benchmark, session 50). One fragment for the hit below and
# for `reading._PLANNING`'s exception, which must agree on it.
DBS_BACK_WITH_A_RISK = (
    rf"(?:(?:came|come|comes|coming) back (?:with |w )?|(?:shows|showed|has shown|revealed|has revealed|flagged up|lists|listed) )"
    rf"(?:{_DBS_ABOUT_A_CHILD}|{_CHILD_OFFENCE}|(?:an? )?(?:\w+ )?(?:conviction|caution|offence) (?:for|of) {_SEXUAL_OFFENCE}\b|{_SEXUAL_OFFENCE}\b)"
)
# A DBS check back with such a risk, which names a worker or volunteer without a word for one ("DBS came back with
# offences vs kids": the sixty-eighth benchmark, session 49).
# A worker's check back "with something" or "flagged", told as news (the seventy-third and seventy-fourth benchmarks,
# sessions 51 and 52): not "comes back", what a check coming back with something would mean, nor an old motoring matter.
# Whose check: any of `WORKER`'s people (one list since session 54; this pattern had kept fourteen of them).
DBS_BACK_FLAGGED = (
    r"(?:check )?(?:has |have |just |s )?(?:came|come) back (?:with something|with stuff|with (?:a |an )?(?:flag|marker|record|conviction|caution|hit)|flagged|not clear)\b"
    r"(?!.{0,60}\b(?:years ago|from (?:the|his|her) (?:youth|teens|twenties)|spent|speeding|driving|motoring|parking|drink driving|shoplifting"
    r"|risk assessment|(?:was|is|all) fine|cleared|sorted)\b)"
)
DBS_CHECK_BACK = re.compile(
    r"\bdbs\b.{0,40}\b"
    + DBS_BACK_WITH_A_RISK
    + rf"|(?:{WORKER.pattern})(?: s|s)? (?:enhanced )?dbs "
    + DBS_BACK_FLAGGED
    # "new volunteer's DBS: indecent images conviction", the check's result told in its own words (the seventy-seventh
    # benchmark, session 54)
    + rf"|\bdbs (?:check |result |results |cert |certificate )?(?:{_SEXUAL_OFFENCE}|{_CHILD_OFFENCE}) (?:conviction|caution|offence|charge)s?\b"
)

ALLEGATION = re.compile(
    # asking a 13-year-old what colour her bra is (the fifty-first benchmark, session 40)
    # a tutor who put his hand up an 11-year-old's skirt; a leader adding scouts on Xbox and chatting to them privately at
    # night (the fifty-second benchmark, session 40)
    r"\bhands? (?:up|inside|under) (?:\w+ ){1,5}?(?:skirt|dress|top|shirt|t shirt|trousers|pants|shorts|knickers|underwear|jumper)\b|"
    r"\bxbox|playstation|\bpsn\b|discord|roblox|fortnite|\bchat(?:s|ting|ted)? (?:to|with) (?:them|him|her|the \w+) (?:privately|in private|at night|late at night|alone)\b|"
    # a tutor giving a 10-year-old £20 notes; a staff member kicking a toddler (the fifty-fourth benchmark, session 40)
    r"\b(?:giv(?:es|ing|en|e)?|gave) (?:\w+ ){1,5}(?:£ ?\d+ notes?|£ ?\d+|cash|money|vapes?|cigarettes|fags|weed)\b|\bkick(?:ed|ing|s)?\b(?! (?:a |the |his |her )?(?:ball|football|off|out)\b)|"
    # a youth worker who asked a 15-year-old to meet him for coffee alone and not to tell (the fifty-third benchmark, session 40)
    r"\b(?:ask\w*|invit\w*|wants?) (?:\w+ ){0,6}(?:to meet (?:him|her|up)|for (?:a )?(?:coffee|drink|lift|walk|drive))\b.{0,40}\b(?:alone|on (?:their|her|his) own|not to tell|secret)\b|"
    r"\bask(?:s|ing|ed)? (?:him|her|them|\w+) (?:what colour|what colours|about|what kind of|what type of|to show (?:him|her) ) ?(?:his|her|their) (?:bra|bras|underwear|knickers|pants|boxers|thong)\b|"
    r"alleg|inappropriate|touch(?:ed|ing)|groom|abus|messag(?:ed|es|ing)|snapchat|whatsapp|instagram|tiktok|private messages|sexual"
    r"|ask(?:s|ing|ed)? (?:\w+ ){0,2}(?:for )?(?:their |her |his )?(?:phone |mobile )?numbers\b"  # (the twenty-sixth benchmark, session 23)
    r"|indecent|explicit (?:photos|pictures|images|pics|messages|texts|videos)|photos of|pictures of|images of|close ?ups? of|(?:photo|picture|pic|image) of (?:his|her) (?:genitals|penis|privates|private parts|willy|dick)|\bhit\b|\bhits\b|\bhitting\b|slapped|smack|shov|grab|rough with|shouted at"
    r"|clothes off|shower(?:s|ed|ing)? with|changing rooms? with|lifts home|(?:get|getting|come|coming) (?:in|into|to|back to) (?:his|her) (?:car|van|house|flat|home)|buying (?:her|him|them) (?:presents|gifts)|meet (?:him|her) on (?:her|his) own|relationship with"
    # whole words: not "huge", "updating" or "secretary" (pattern-diff, session 41); and what those words had caught by
    # chance in development and training sets: cigarettes given to a child, massages, a knee to sit on, photos of
    # himself with no top on, "not to tell", lifts or lessons in his car, a locked room
    r"|\bgiv(?:es|ing|en|e)? (?:a |an |the |one of the |her |his )?(?:\w+ ){1,4}(?:cigarettes|fags|vapes|alcohol|booze|vodka|cider|weed)\b"
    r"|\b(?:giv\w*|gave) (?:\w+ ){0,4}massages?\b(?! guns?).{0,20}\b(?:after|alone|private\w*|on (?:his|her|their) own|in (?:a|his|her|the) (?:room|office|car|van|flat|house))\b|\bsit on (?:his|her) (?:knee|lap)\b|\btell(?:s|ing)? (?:her|him|them) not to tell\b"
    r"|\b(?:pics?|pictures?|photos?|videos?) of (?:himself|herself)\b.{0,20}\b(?:no (?:top|shirt|clothes)|topless|naked|underwear|boxers|pants)\b"
    # a tutor asking a 12-year-old to video chat with his camera on in his bedroom late at night (the fifty-sixth, session 41)
    r"|\bvideo ?(?:chat|call|calls|calling)\w*\b.{0,50}\b(?:in (?:his|her|their) (?:bedroom|bed|room)|late at night|at midnight|camera on|in private)\b"
    r"|\b(?:lifts?|private (?:\w+ )?lessons?) in (?:his|her) (?:car|van)\b|\bin a locked (?:room|office|cupboard|store ?room)\b"
    r"|arrested|\bkiss|\bcuddl|\bhug(?:s|ged|ging)?\b|sleep(?:ing)? over|(?<!\bever )(?<!\bnever )alone with(?! (?:two|2|three|a|his|her|their) (?:\w+ )?(?:phones?|bags?|dogs?|ball|bike)\b)|(?:holding|held) hands with (?:a |an |one of (?:the|our) )?(?:year|yr|pupil|student|sixth former|teen|teenage|(?:\w+ )?year old|girl|boy)|\bdating\b|sexting|nudes|\bsecret(?!ar)|kicked|punched|pushed|dragged|bruise"
    r"|\bdm(?:s|ing|ed|d)?\b|direct messag|porn\w*|messagin\b|plays? (?:doctors|doctor|secret games)\b"
    r"|\bhurt (?:her|his|their|my) (?:private parts|privates|private bits|bottom|front bottom|vagina|penis|willy|fanny)\b"  # (the sixty-eighth benchmark, session 49)
    # children shown 18s and sat on a volunteer's bed (the sixty-fifth benchmark, session 46)
    r"|\b(?:sit|sits|sitting|lie|lies|lying) on (?:his|her) bed\b|\bshows? (?:them|the (?:kids|lads|girls|boys|children)) (?:18s|18 rated|18 certificate|adult (?:films|videos))\b"
    # asking a 12-year-old to "help him" in the staff room (the fiftieth benchmark, session 39)
    r"|\b(?:asking|asks|asked|wants|wanted|getting|gets) (?:my |our |the |a |one of the )?(?:\w+ ){0,3}(?:to )?(?:help him|come|go) (?:out )?(?:in|into|to) (?:the |his )?(?:staff ?room|office|store ?room|back room|stock ?room|van|flat)\b"
    r"|\bgrop(?:e|es|ed|ing)\b|\bprivate (?:rehearsals?|lessons?|sessions?|tuition|coaching|chats?|photo ?shoots?) with\b"  # (session 22)
    # a shop manager in his 40s texting a 16-year-old volunteer that she is "special" and offering her shifts alone when the
    # shop is shut (crisis_dev78, the seventy-fourth benchmark, read again in session 53)
    r"|\b(?:text\w*|messag\w*|tell(?:s|ing)?|told|calls?|calling|called) (?:her|him|them) (?:that )?(?:she|he|they) (?:is|are|s|was|were) (?:so |really |very )?"
    r"(?:special|mature|beautiful|gorgeous|pretty|sexy|(?:his|her) favourite)\b"
    r"|\b(?:extra |more )?(?:shifts|sessions|lessons|hours|time) (?:alone|on (?:their|her|his) own) (?:with (?:him|her)|when|after|on (?:sundays|saturdays|weekends)|in the evenings?)\b"
    r"|\btext(?:ing|in|s|ed) (?:the |a |my |our |his |her )?(?:\w+ ){0,2}(?:1[0-7] year olds?|kids|children|girls?|boys?|cast|pupils|maid|daughter|son|players|members)\b"
    r"|shar(?:e|es|ed|ing) (?:a|his|her|their|the same) (?:tent|bed|bedroom|room|sleeping bag) with|into (?:her|his|their) (?:tent|sleeping bag|bed)"
    r"|hands? (?:down|inside|in|up|under) (?:a |his |her |their |the )?(?:\w+ ){0,3}(?:trousers|pants|knickers|shorts|skirt|top|shirt|clothes)"
    # alone with a child behind a locked door (the twenty-third benchmark, session 22)
    r"|(?:with|behind) (?:the |a )?doors? (?:locked|shut)\b|\blocked (?:the |a )?door (?:behind|with|on)\b"
    # a DBS check back with offences against children; exercise as a punishment until they are sick, racist names
    # (the thirty-fifth benchmark, session 32)
    r"|\bdbs\b.{0,40}\b(?:child cruelty|cruelty to (?:a )?child\w*|offences? against (?:a )?(?:child\w*|minors?))"
    # (a DBS check back with something about a child is `DBS_CHECK_BACK`, a hit of its own: `patterns.pattern_hits`)
    r"|\binvit\w* (?:\w+ ){1,4}(?:to|for) (?:a )?sleepovers?\b|\bsleepovers? at (?:his|her|their) (?:house|flat|home|place)\b"  # (the thirty-eighth benchmark, session 33)
    r"|\bsleepovers?\b.{0,40}\bat (?:the|his|her|their) (?:own )?(?:vicarage|manse|presbytery|rectory|caravan)\b"  # (the forty-fourth benchmark, session 37)
    # "seeing" a 16-year-old (the fortieth benchmark, session 34)
    r"|\b(?:seeing|going out with|going with|sleeping with|hooking up with|got with) (?:a |an |one of (?:the|our) )?(?:\w+ )?(?:1[0-7] year olds?|girl|boy|teen\w*|pupil|player|skater|member|student|cadet|junior)\b"
    # filmed in the showers; found in the girls' tent (the thirty-ninth benchmark, session 34)
    r"|\b(?:film\w*|record\w*|photograph\w*|videoed|videoing|(?:taking|took|takes|taken) (?:photos|pictures|videos|pics))\b (?:of )?(?:\w+ ){0,3}(?:in|inside) (?:the |their |a )?(?:showers?|changing rooms?|toilets?|loos?|bathrooms?|tents?|dorms?)\b"
    r"|\b(?:found|caught|seen|sneaking|sneaked|snuck|creeping|crept|sleeping|sleeps|slept) (?:\w+ )?(?:in|into|inside) (?:the )?(?:girls?|boys?|kids?|children|childrens|cubs?|scouts?|brownies?|guides?) (?:tents?|dorms?|dormitory|dormitories|showers?|changing rooms?|cabins?|bedrooms?|sleeping quarters)\b"
    # dirty jokes; asked to show himself in private (the forty-second benchmark, session 35)
    r"|\bdirty (?:jokes|talk|messages|pictures|pics|texts|videos)\b|\bshow (?:him|her|me) (?:his|her|their|my) (?:\w+ ){0,2}(?:in private|privately|alone|on (?:his|her|their) own)\b"
    # a head held under the water; meeting one of the girls (the forty-first benchmark, session 35)
    r"|\bh(?:o|e)ld(?:s|ing)? (?:\w+ ){0,3}(?:head|face) under(?: the)? water\b|\bduck(?:s|ed|ing)? (?:him|her|them) under\b"
    r"|\bmeeting (?:up with )?(?:one of (?:the|our) (?:girls|boys|kids|students|players|members|pupils)|a (?:1[0-7] year old|girl|boy|pupil|student))\b"
    r"|\b(?:gives?|giving|giein|gied|gave) (?:the |them |him |her )?(?:\w+ )?(?:drink|booze|alcohol|vodka|cider|fags|cigarettes|vapes|weed)\b"  # (the forty-sixth benchmark, session 37)
    r"|\btickl(?:e|es|ed|ing)\b|\bgiv(?:es|ing|en) (?:\w+ ){1,4}(?:presents|gifts)\b|\bif (?:he|she) (?:can|could) babysit\b"  # (the thirty-seventh benchmark, session 32)
    # tape put on a child's mouth; found alone in his car with a 15-year-old; a door window papered over for 1:1 coaching;
    # teenage girls kept back after class, one crying (the fifty-fifth benchmark, session 41)
    r"|\b(?:tape|taped|taping|gaffer tape|sellotape|sellotaped|masking tape|duct tape)\b.{0,30}\b(?:mouths?|lips|hands|wrists|arms|legs|eyes)\b|\bgagged\b"
    r"|\balone in (?:his|her|their|a|the) (?:car|van|flat|house|office|bedroom|tent|caravan) with\b"
    r"|\b(?:covered|covers|covering|papered|papers|blocked|blocks|blocking|taped|tapes) (?:over |up )?(?:the |a )?(?:(?:door|vision) (?:window|panel)|window in the door|glass panel"
    r"|(?:window|glass) with (?:paper|newspaper|card|cardboard|a towel|a coat|a blanket|a curtain|bin bags?|black bags?))\b"
    r"|\bback after (?:class|classes|practice|training|rehearsal|lessons?|the session|choir|school|clubs?)\b.{0,80}\b(?:crying|in tears|upset|sobbing|shaking|scared|terrified)\b"
    r"|\b(?:makes?|made|making|forc\w*) (?:them|him|her|us|the \w+)\b.{0,40}\buntil (?:they|he|she|we) (?:are|is|were|was|re|s) sick\b|\bcalls? (?:them|him|her) (?:racist|racial) (?:names|slurs)\b"
    # a youth leader let go from his last job at a school over "boundaries" with pupils; a leader found with a
    # 14-year-old in the storage cupboard with the lights off (the fifty-seventh benchmark, session 42)
    r"|\b(?:let go|sacked|dismissed|fired|suspended|asked to leave|lost (?:his|her|their) job)\b.{0,60}\bboundar(?:y|ies)\b"
    r"|\b(?:found|caught|seen|discovered|walked in on (?:him|her))\b (?:\w+ )?with (?:a |an |one of (?:the|our) )?(?:\w+ )?(?:1[0-7] year old|\d year old|girl|boy|kid|child|pupil|player|member|teen\w*)\b"
    r".{0,50}\b(?:cupboard|store ?room|stock ?room|lights (?:off|out)|in the dark|locked|toilets?|changing rooms?|van|minibus|his car|her car|tent|office)\b"
    # playgroup staff strapping a child to a chair; a brass tutor's "private photo shoots" (the fifty-eighth benchmark,
    # session 42)
    r"|\b(?:strapp\w*|tied|tying|ties|tie|taped|tape) (?:a |the |one of the |one of our )?(?:\w+ )?(?:child|kid|toddler|baby|boy|girl|him|her|them) (?:\w+ )?to (?:a |the |his |her |their )?(?:chair|table|bed|cot|radiator|post|pole)\b"
    r"|\bprivate (?:photo ?shoots?|photoshoots?|modelling sessions?)\b"
    # an older volunteer who keeps asking to do one-to-one Bible study with a 13-year-old in his car (the fifty-ninth
    # benchmark, session 43)
    r"|\b(?:keeps?|kept|keeps on|always|been) (?:asking|wanting|trying|offering|insisting) (?:to )?(?:\w+ ){0,4}(?:one to one|1 to 1|alone|on (?:his|her|their) own)\b (?:\w+ ){0,6}with\b"  # with a child, as pattern_hits requires
    # a volunteer found lying under a blanket with a 12-year-old at a sleepover (the sixty-third benchmark, session 45)
    r"|\b(?:lying|sleeping|cuddled up|curled up|snuggled up) (?:under|in) (?:a |the |one |his |her )?(?:blanket|duvet|covers|sleeping bag)s? with\b"
    # photos of children found on a volunteer's laptop, not the sports day's to be deleted (the seventy-second benchmark,
    # session 51)
    r"|^(?=.*\bfound (?:\w+ ){0,3}(?:photos|pictures|pics|images|videos)\b)(?=.*\b(?:kids|children|child|girls|boys|young people|pupils|scouts|cubs)\b)"
    r"(?=.*\bon (?:a|the|our|his|her|one of (?:our|the)) (?:\w+ )?(?:volunteer|vol|leader|coach|helper|worker|teacher|tutor|trustee|caretaker|instructor|mentor)s?"
    r" (?:\w+ )?(?:laptop|phone|computer|camera|tablet|ipad|pc|hard drive|memory stick|usb)\b)"
    r"(?!.*\b(?:consent|gdpr|data protection|permission|delete|deleting|sports day|trip|party|website|newsletter|social media policy)\b)"
    # a parkrun marshal "filming junior runners' legs"; "how do I report our youth leader" said and nothing more (the
    # seventy-fourth benchmark, session 52)
    r"|\b(?:filming|filmed|films|photographing|photographed|videoing|videos|taking (?:photos|pictures|pics|videos?) of)\b (?:\w+ ){0,3}"
    r"(?:legs|bums?|bottoms?|crotch\w*|chests?|thighs|up (?:their|her|his) (?:skirts?|shorts))\b"
    r"|\bhow (?:do|can|should|would) (?:i|we) report (?:our|the|a|my \w+ s|one of our) (?:\w+ )?(?:leader|coach|volunteer|worker|teacher|helper|instructor|tutor)"
    r"(?: please| pls| asap| urgently)?$"
)


# Someone in a position of trust found to be a registered sex offender: the LADO's whether or not a
# child is named (the thirty-first benchmark, session 30). The worker must be the offender, said just
# before ("our caretaker is a registered sex offender"), not the one telling of a client who is.
# Where children meet, its people named by what they do there ("youth club councillor").
_CHILDRENS_GROUP = (
    r"(?:youth|kids|children s|holiday|breakfast|after school|football|swimming|scout|sunday school) (?:club|group|team|camp)"
)


OFFENDER = re.compile(
    rf"(?:{WORKER.pattern}|\b{_CHILDRENS_GROUP} \w+)(?: \w+)??(?: is| s| was)? (?:(?<!being )on (?:the |a )?sex offenders? (?:register|list)\b"
    r"|(?:is|s|was|been) (?:a )?(?:registered|convicted) sex offender\b|(?:is|s|was|been) (?:a )?convicted (?:paedophile|paedo|pedo)\b"
    # a trustee who "has sex offence" and runs a holiday club (the sixty-eighth benchmark, session 49)
    r"|(?:has|had|got|with) (?:an? )?(?:old |previous |past |historic |spent )?(?:sex|sexual|child sex|child cruelty|child abuse|child neglect) (?:offence|offences|conviction|convictions|offending)\b"
    # a tutor who "turned out to be on the barred list" (the fifty-eighth benchmark, session 42)
    r"|(?:turned out to be|turns out to be|turns out (?:he|she) (?:is|s|was)|was actually|has been) on the (?:\w+ )?barred list\b"
    # an assistant leader "cautioned for assaulting a child about 10 years ago" (the sixty-fourth benchmark, session 46)
    r"|(?:(?:has been |got |been )?(?:cautioned|convicted|arrested|charged|jailed|done)"
    # ... or has "old conviction for hurting a child" (the sixty-sixth benchmark, session 48)
    r"|(?:has|had|got|with) (?:an? )?(?:old |historic |historical |previous |past |spent |prior )?(?:conviction|caution)s?)"
    r" (?:for|over|of) (?:(?:\w+ ){0,2}(?:assault\w*|abus\w*|hurting|hitting|harming|indecen\w*|sexual\w*|groom\w*|touching|attacking)"
    r" (?:a |an |on a |of a )?(?:child|kid|boy|girl|minor|children|kids|boys|girls|teen\w*|pupils?)|(?:\w+ )?(?:child|indecent) (?:images|porn\w*|abuse|cruelty|neglect))\b)"
)


# Someone arrested or charged who still works with the group's children: "arrested volunteer still running our club"
# (the sixty-seventh benchmark, session 49); "can he still volunteer?" asks, and is not news.
STILL_THERE_AFTER_ARREST = re.compile(
    rf"(?:\b(?:arrested|charged|on bail|under investigation|cautioned|convicted)\b (?:\w+ ){{0,2}}?(?:{WORKER.pattern})(?: \w+)? (?:is |s )?still"
    rf"|(?:{WORKER.pattern})(?: \w+){{0,3}}? (?:was|got|has been|s been|been|is|s|were|have been) (?:arrested|charged|on bail|bailed)\b.{{0,60}}\b(?:is |s |are )?still)"
    r"(?= (?:running|coaching|leading|helping|teaching|working|volunteering|coming|in charge|at (?:our|the) (?:club|group|session|camp)|with the (?:kids|children|boys|girls|team|juniors)))"
)


# An offence long ago is a risk now, not the past: "cautioned for assaulting a child about 10 years ago", "convicted of
# assaulting a teenager in 2016" (the sixty-eighth benchmark, session 49).
YEARS_AGO = re.compile(
    r"\b(?:about |around |some |over |nearly |almost )?(?:\d+|a few|few|some|many|two|three|four|five|six|seven|eight|nine|ten|twenty) years ago\b"
    r"|\b(?:back )?in (?:19|20)\d\d\b"
)


# An allegation against someone who works with the group, told as news with a cry for help ("allegation against staff
# member what now", "pls help allegation against our chair": the sixty-eighth benchmark, session 49); not one asked
# about ("do we investigate an allegation against a volunteer ourselves", a policy's section on allegations: pattern-diff,
# session 49), nor one about money, bullying or a row, which is a person's matter but no one's safety.
_ALLEGATION_AGAINST = (
    rf"\ballegations? (?:has been |have been |was |were |s been )?(?:made )?(?:against|about) (?:a |an |the |our |my |one of (?:our|the) )?(?:{WORKER.pattern})"
    r"(?!.{0,80}\b(?:money|fraud|funds|theft|stole|stealing|steal|books|accounts|expenses|bullying|bullied|bully|harass\w*|discriminat\w*|racis\w*|rude|defamation|libel|policy|procedure)\b)"
)
# The LADO's training, policy or newsletter, not the LADO in touch about one of ours.
_NOT_ABOUT_ONE_OF_OURS = r"(?!.{0,60}\b(?:training|policy|policies|newsletter|conference|course|forum|briefing)\b)"
ALLEGATION_MADE = re.compile(
    # the LADO in touch about one of ours ("an email from the council LADO asking about our tower captain": the seventieth
    # benchmark, session 50); not its training or a policy
    r"\b(?:email|e mail|call|letter|phone call|message|visit) from (?:the |our )?(?:\w+ )?lado\b"
    + _NOT_ABOUT_ONE_OF_OURS
    + r"|\blado (?:has |have |s )?(?:just )?(?:emailed|called|rang|phoned|contacted|written|asked|been in touch)\b"
    + _NOT_ABOUT_ONE_OF_OURS
    + rf"|\b(?:pls|please|plz) help\b.{{0,20}}{_ALLEGATION_AGAINST}|{_ALLEGATION_AGAINST}.{{0,30}}\b(?:what now|what do (?:we|i) do now|pls help|please help|help us|help me)\b"
)
# A child telling of someone who works with them, in their own words: no child is named, the writer is one ("our coach
# makes us shower with him": the sixtieth benchmark, session 44).
TOLD_BY_THE_CHILD = re.compile(
    rf"(?:{WORKER.pattern}) (?:\w+ ){{0,2}}(?:makes?|made|making|forces?|forced|gets?|got|tells?|told) (?:us|me|the (?:boys|girls|lads|kids)) (?:all )?(?:to )?"
    r"(?:shower|get changed|undress|strip|get naked|take (?:our|my) clothes off|sit on (?:his|her) (?:lap|knee)) (?:with|in front of|for) (?:him|her)\b"
)
