"""A child at risk from someone who is not the group's worker: a missing child, harm at home, a
child left alone.
"""

from __future__ import annotations

import re

from .fragments import CHILD_WORDS

# What a child may be "missing" that is no one gone: his swimming kit, a pass, a volunteer (session 50; not "missing, her
# phone found in the park", nor "missing school", a sign of exploitation).
_NOT_A_PERSON_MISSED = (
    r"(?:kit|forms?|consent|bag|lunch|lunchbox|coat|shoes?|books?|homework|badge|uniform|trainers|glasses|inhaler|medication"
    r"|volunteers?|leaders?|few|couple|tackle|pass|shot|penalty|goal|catch|match|game|sessions?|trip|bus|deadline|pieces?|socks?|teeth|tooth)"
)


MISSING_CHILD = re.compile(
    rf"\b(?:{CHILD_WORDS})\b.{{0,50}}\b(?:(?:gone missing|is missing|are missing|went missing|missing)(?! (?:(?:his|her|their|its|a|an|the|some) (?:\w+ )?{_NOT_A_PERSON_MISSED}|out on|(?:a lot|lots|loads|a bit|bits) of|(?:a |the )?(?:few|couple of) (?:kids|children|members|players|sessions))\b)|can not find|(?<!no one )lost(?! \d| on (?:penalties|pens|points|aggregate)| to\b| by\b| the (?:match|game|final|toss)| (?:its|their|our|the|a|his|her) (?:\w+ ){{0,2}}(?:slot|slots|booking|bookings|venue|hall|funding|grant|lease|room|pitch|leader|leaders|place|home|key|keys|base|sponsor|volunteers?|minibus)\b)|run off|ran off"
    r"|wandered off|disappeared|vanished|not come home|has not come home|did not come home|not back|never came home|not turned up"
    r"|can not see (?:him|her|them) anywhere|not anywhere|is not in the (?:hall|building|room|park|centre|playground|pool|changing rooms?)"
    r"|no where to be seen|nowhere to be (?:seen|found)|been taken|snatched|taken by)\b"
    rf"|\b(?:can not|could not|no one can|we can not|we could not) find (?:our|my|the|a|one of (?:our|the)) (?:{CHILD_WORDS})\b"
    r"|\bmissing (?:child|kid|boy|girl|toddler|son|daughter|teen\w*)\b"
    # "we've got a missing 6 year old from the park trip" (the sixty-eighth benchmark, session 49), not the form he left
    r"|\b(?:a|one|our) missing (?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) year old\b(?! s\b)"
    rf"|\b(?:lost|can not find|cannot find) (?:my|our|a|her|his|their) (?:{CHILD_WORDS})\b"
    r"|\b(?:baby|newborn|new born|infant|toddler)\b.{0,30}\b(?:left|abandoned|dumped|found) (?:alone |on its own )?(?:in|on|outside|by|at|behind|under)\b"
    r"|\babandoned (?:baby|newborn|infant|toddler)\b"
    # a mum "off her face" who left without her 6 month old (the fiftieth benchmark, session 39)
    r"|\b(?:baby|newborn|infant|toddler|\d+ (?:month|week) old)\b.{0,60}\bleft (?:without (?:it|him|her|them|the baby)|(?:it|him|her|them) behind)\b"
    # "found a newborn in the church porch" (the forty-ninth benchmark, session 39)
    r"|\bfound (?:a|an) (?:new ?born(?: baby)?|(?:tiny |little )?baby|infant) (?:(?:left |abandoned |wrapped (?:up )?)?(?:in|on|outside|by|at|behind|under)|left|abandoned|alone|wrapped)\b"
    r"|\b(?:no one|we|i) (?:can not|could not) find (?:him|her|them)\b"
    # "our Lily's not come home from the park" (the fifty-fifth benchmark, session 41)
    r"|\b(?:not|never) (?:come|came|got|been) home from (?:the )?(?:park|play ?park|playground|swings|rec|skate ?park|school|youth club|cubs|scouts|brownies)\b"
    # "A 14 year old hasn't come back from our trip to the city centre" (the sixty-fourth benchmark, session 46)
    rf"|\b(?:{CHILD_WORDS})\b.{{0,30}}\b(?:has|have) not (?:come|got|made it) back from (?:the |our |a |their )?(?:\w+ ){{0,2}}(?:trip|outing|day out|visit|walk|excursion|expedition|hike|swim)\b"
    r".{0,80}\b(?:voicemail|not answering|no answer|not picking up|phone (?:is |s )?(?:off|dead)|(?:can not|could not) (?:reach|get hold of|contact)|(?:\d+|two|three|four|five) hours|no one knows|nobody knows|no sign)\b"
    # "counted 23 not 24. Harvey's missing" (the fifty-third benchmark, session 40)
    r"|\bcounted (?:\d+|\w+) (?:not|instead of|out of) (?:\d+|\w+)\b.{0,40}\bmissing\b|\bhead ?count\b.{0,30}\b(?:one|two|\d+) short\b"
    # A notice: "Missing: Kayden, 6, last seen by the swings" (a name, a child's age, where last seen).
    r"|\bmissing (?!(?:our|the|my|a|an|some|all|his|her|their|two|three) )(?:\w+ ){1,2}(?:aged )?(?:[1-9]|1[0-7])(?: year old)? (?:\w+ ){0,3}last seen\b"
)


# A girl afraid she will be cut (FGM), told without a word for a child ("she's scared she'll be cut this summer": the
# sixty-ninth benchmark, session 50); not cut from a team or a budget.
FGM = re.compile(
    r"\b(?:scared|afraid|frightened|terrified|worried|fears?) (?:\w+ ){0,4}?(?:will |ll |is going to |s going to |gonna |might |may |could )?(?:be|get|being|getting) cut\b"
    r"(?! (?:from|out|off|short|loose|back|down|free|by (?:the|our) (?:council|funder)))"
    r"|\b(?:she|her|they|girls?|daughters?|niece|sister)\b (?:\w+ ){0,3}(?:will|ll|is going to|s going to|gonna) (?:be|get) cut (?:this|next|in the|over the|during the|on the) (?:summer|holidays?|hols|trip|visit)\b"
    r"|\b(?:family|aunties|aunts?|grandmother|grandma|mum|mother|dad|father|parents) (?:\w+ ){0,2}(?:will|is going to|are going to|going to|gonna) cut (?:her|them)\b"
    # "they want to cut my daughter this summer"; "the cut" or FGM named (the seventy-first benchmark, session 50)
    r"|\b(?:want|wants|wanting|planning|plan|plans|going|arranged|arranging) to (?:\w+ )?cut (?:my|her|our|the|their) (?:daughter|girl|girls|niece|granddaughter|sister)\b(?! s\b)"
    r"|\bthe cut\b.{0,60}\bfgm\b|\bfgm\b.{0,60}\bthe cut\b"
)


# Young children as people name them when they are left on their own: narrower than CHILD_WORDS (no scouts, pupils
# or year groups), since leaving older young people on their own for a while is ordinary in a group's life.
# A child nobody has collected, late and with no answer (the fifty-third benchmark, session 40).
_NOT_COLLECTED = (
    r"\b(?:have not|has not|had not|not|never been|nobody has|nobody s|no one has|no one s)(?: yet)? (?:been )?(?:collected|picked up|come for)\b"
    r".{0,60}\b(?:\d{1,2} ?pm|\d{1,2} o clock|midnight|hours|phones? (?:off|dead)|no answer|not answering|it (?:is|s) (?:getting )?dark|dark (?:now|out))\b"
)


_YOUNG_ONES = r"(?:little ones?|kids?|children|child|bab(?:y|ies)|toddlers?|kiddies|boys?|girls?)"


CHILD_HARM = re.compile(
    _NOT_COLLECTED + "|"
    # a 6-year-old found locked out at 9pm in the rain (the fifty-fourth benchmark, session 40)
    r"\blocked out\b.{0,40}\b(?:\d{1,2} ?pm|at night|in the (?:rain|cold|dark|snow)|all night|no word|no answer|overnight)\b|"
    r"abus|\bhits? (?:him|her|them|me)\b|hitting|\bbeat|\bbeaten|hurts? (?:him|her|them|me)\b|shak(?:es|ing) the baby|\b(?:shook|shaking|shakes|shaken) (?:her|his|their|the|a) (?:baby|toddler|infant|newborn) (?:really |so |very )?hard\b|bruis|neglect|groom"
    r"|\btouch(?:ed|ing|es)? (?:him|her|them|me)\b|sexual|makes (?:her|him|me) do things|scared to go home|afraid to go home|terrified to go home"
    r"|self ?harm|cuts on (?:her|his|their)|cutting (?:him|her)self|not being fed|no food at home|hungry all the time|starving"
    r"|left alone|home alone|asking (?:us |me |people |strangers )?for food"
    # a junior parkrunner who flinches whenever anyone moves (the seventy-fourth benchmark, session 52)
    r"|\bflinch(?:es|ing|ed)?\b (?:\w+ ){0,2}(?:whenever|when|every time|if) (?:anyone|anybody|someone|somebody|an adult|any adult|any grown up|any man|adults|a grown up|grown ups|people|men|a man|we|i|you|he|she) (?:\w+ ){0,2}(?:moves?|moved|reach\w*|raises?|lifts?|comes? near|goes? near|shouts?|touch\w*)\b"
    r"|\bpaid to (?:hold|carry|deliver|drop off|move|mind|look after|stash) (?:\w+ )?(?:packages|parcels|bags|drugs|stuff|phones)\b"
    r"|\bwandering (?:the |in the |round the |down the )?(?:street|streets|road|estate)\b.{0,40}\b(?:1[01] ?pm|midnight|night|(?:[1-5]) ?am|nobody (?:s )?home|no one (?:s )?home)\b"
    # a small child on their own whom no one has come for (the thirtieth benchmark, session 27)
    r"|\b(?:on (?:his|her|their) own|alone)\b.{0,60}\b(?:no one|nobody|not one) (?:s |has |have )?(?:claimed|collected|come for|come back for)\b"
    rf"|left (?:\w+ ){{0,2}}{_YOUNG_ONES} (?:\w+ ){{0,2}}on (?:their|his|her) own\b(?! to)"
    rf"|{_YOUNG_ONES}\b.{{0,40}}\bleft on (?:their|his|her) own\b(?! to)"
    r"|locks? (?:him|her|them) (?:out|in)|ran away|run away|goes missing|gone missing|exploit|county lines"
    r"|\b(?:gives?|giving|gave) (?:her|him|them|me) (?:\w+ )?sleepy (?:medicine|pills|tablets|juice|drinks?)\b|\bwakes? up (?:sore|bleeding|hurting|in pain)\b"
    r"|carry(?:ing)? drugs|sell(?:ing)? (?:drugs|stuff)|drug runner|running county|running (?:parcels|packages)\b(?! (?:to|for|round|around|out to) (?:the|a|an|our|their|local|people|families|neighbours|residents|members)\b)|\bgang\b|slapp|burn marks|cigarette burns|disclos"
    r"|taken abroad.{0,30}married|forced (?:to )?marr|\bmarried off\b|\bfgm\b|genital|\bcut\b.{0,20}\b(?:holidays?|ceremony|summer)\b"
    r"|older man|older men|asking (?:her|him) to meet|sending (?:her|him) (?:pictures|photos)|nudes|naked (?:pictures|photos)"
    r"|drunk to collect|threatened to hurt|raped|rape\b|molest|\bpaedo|\bpedo|inappropriate(?:ly)?|kicked out|sleeping rough"
    r"|belt|\bwelts?\b|punched|kicks? (?:him|her)|smack|meet (?:up )?with (?:him|her|them)|keep (?:it|this) (?:a )?secret|gave (?:her|him) (?:vodka|alcohol|drink|drugs|weed)"
    # alcohol bought for children; children made to kneel on rice (the twenty-eighth benchmark, session 25)
    r"|\b(?:buys?|buying|bought|gives?|giving|gave|supplies|supplying|plies|plying) (?:the )?(?:kids|children|teens|teenagers|girls|boys)\b.{0,15}\b(?:alcohol|booze|vodka|cider|beer|spirits|shots|lager)\b"
    r"|\bkneel(?:ing|s)? on (?:rice|salt|peas|dried peas|beans|gravel|stones|bottle caps)\b"
    # a room full of dog mess, parents out of it (the thirty-ninth benchmark, session 34)
    r"|\b(?:room|house|flat|home|cot|floor|carpet)s? (?:\w+ ){0,3}(?:full of|covered in|filthy with|thick with) (?:dog |cat |animal )?(?:mess|poo|faeces|excrement|urine|wee|filth)\b"
    r"|\b(?:parents?|mum|mam|mom|dad|mother|father)\b (?:are |is |was |were |s )?(?:completely |totally |both |always |just )?(?:out of it|off (?:their|his|her) (?:heads?|faces?)|passed out|comatose|stoned)\b"
    # an online "friend" who wants to meet, a meeting kept secret, a "cutting party" (the forty-first benchmark, session 35)
    r"|\b(?:online|internet|gaming|game|snapchat|tiktok|instagram|discord|roblox|fortnite|xbox|playstation) (?:friend|mate|pal|boyfriend|girlfriend|bloke|man|guy|lad)\b"
    r".{0,30}\b(?:wants?|wanted|asked|asking|asks|trying|tried|arranged|arranging|planning|plans) (?:her |him |them )?(?:to )?(?:meet|see|pick (?:\w+ )?up|come)\b"
    r"|\b(?:paying|pays|paid|sends? (?:her|him) money|sending (?:her|him) money|gives? (?:her|him) (?:gifts|tokens|coins))\b.{0,30}\b(?:(?:dance|dances|dancing) (?:on live|live|on (?:tiktok|camera|cam|webcam|video))|on live|livestreams?|live ?streaming|in (?:her|his) (?:pjs|pyjamas|underwear|bedroom))\b"  # (session 35)
    r"|\bmeet (?:up )?(?:(?:him|her|them) )?(?:in secret|secretly)\b|\bcutting (?:party|ceremony|celebration)\b"
    # picked up by a man of 25 who gives her vodka; an injury whose story keeps changing; a photo of his genitals sent
    # (the forty-third benchmark, session 36)
    r"|\b(?:picked up|collected|driven (?:around|about|home)) by (?:a |an |some )?(?:older|grown|adult|(?:[2-6]\d) year old)\b"
    r"|\b(?:gives?|giving|buys?|buying|bought) (?:her|him|them) (?:vodka|alcohol|booze|cider|spirits|drugs|weed)\b"
    r"|\b(?:broken|bruis\w*|burns?|burned|burnt|injur\w*|fractur\w*|black eye)\b.{0,80}\b(?:story|stories|explanation|account)s? (?:keeps?|kept) chang\w*"
    r"|\b(?:photos?|pictures?|pics?|images?|videos?) of (?:his|her|their) (?:genitals|penis|privates|private parts|willy|dick|bits)\b"
    # "clemmed" (starved, in the Black Country and the north), a mum "always on the pop"; sisters kept off school to
    # clean (the forty-fourth benchmark, session 37)
    r"|\bclemm(?:ed|ing)\b|\b(?:mum|mam|mom|dad|mother|father|parents?)\b (?:\w+ ){0,3}(?:always|constantly|forever|permanently) on the (?:pop|booze|drink|sauce|lash)\b"
    r"|\bstopped coming\b.{0,60}\bschool (?:says?|said)\b.{0,40}\bnot been\b"  # (the forty-fifth benchmark, session 37)
    r"|\bkept (?:\w+ )?(?:home|off|out) (?:from |of )?school to (?:clean|work|cook|look after|mind|babysit|care for|do the housework|help (?:in|at) the (?:shop|business|restaurant|takeaway))\b"
    # a 9-year-old at the door on her own at 8pm asking to stay; a 10-year-old shut in the shed overnight at home when
    # she's naughty (the fifty-seventh benchmark, session 42)
    r"|\b(?:turned|turns|turning|showed|shows|showing|came|comes|coming) up\b.{0,40}\b(?:on (?:her|his|their) own|alone|by (?:her|him|them)sel(?:f|ves))\b.{0,40}\b(?:\d{1,2} ?pm|at night|late|midnight|in the dark|asking (?:to|if (?:she|he|they) (?:can|could)) stay|(?:does not|do not|did not) want to go home|scared to go home)\b"
    r"|\b(?:(?:he|she|they|i|we)(?: gets?| got| is| was| s| are| were| has been| have been| keeps? getting) (?:shut|locked|put|left|kept)|(?:shut|shuts|lock|locks|locked|locking|put|puts|putting|leave|leaves|left|keep|keeps|kept) (?:him|her|them|me))"
    r" (?:out )?(?:in|into|inside) (?:the |a |her |his |their )?(?:shed|garage|cupboard|cellar|basement|coal (?:hole|shed)|outhouse|dog cage|cage|kennel|garden|loft|attic)\b"
    r".{0,40}\b(?:overnight|all night|at night|for hours|all day|when (?:she|he|they) (?:is|are|s|re|was|were|has been) (?:naughty|bad|in trouble|rude)|as (?:a )?punishment|without (?:food|tea|dinner)|in the dark)\b"
    # parents taking a 16-year-old abroad for a "cure" (the fifty-eighth benchmark, session 42)
    r"|\b(?:taking|take|takes|sending|send|sends|took|sent) (?:her|him|them) (?:abroad|overseas|back home|away|to \w+(?: \w+)?) (?:\w+ ){0,3}for (?:a |an |the )?(?:cure|conversion|exorcism|cutting|deliverance|to be (?:cured|fixed|straightened out))\b"
    # a 12-year-old taken overseas "to be cut" in the holidays (the sixtieth benchmark, session 44)
    r"|\b(?:taking|take|takes|took|taken|sending|send|sends|sent|flying|fly|flown) (?:\w+ ){0,4}(?:abroad|overseas|back home|home|away|to \w+(?: \w+)?) (?:\w+ ){0,3}to (?:be|get) cut\b"
    # children sleeping in a car in January (the sixty-first benchmark, session 44)
    rf"|\b{_YOUNG_ONES}\b (?:are |is |have been |has been |been |s |re )?(?:\w+ )?(?:sleeping|living|kipping|staying the night|spending the nights?) in (?:a|the|their|his|her|our|my)(?: \w+ s| \w+)? (?:car|van|tent|doorway|bus shelter|stairwell)\b"
    # a seven-year-old eating scraps from the bins, her mum not home for days (the sixty-second benchmark, session 45)
    r"|\beating (?:\w+ )?(?:scraps|leftovers|food|rubbish) (?:out of|from) (?:the |our |a |their |people s )?(?:bins?|rubbish|skips?)\b"
    r"|\b(?:mum|mam|mom|dad|mother|father|parents?) (?:s |has |have |is |are )?(?:not|never) (?:been )?(?:home|back) (?:for|in) (?:days|two days|three days|a few days|a week|\d+ days)\b"
    # a 7-year-old left at the library at closing with no one answering at home (the sixty-third benchmark, session 45)
    r"|\bleft at (?:the )?(?:library|club|school|hall|centre|nursery|youth club|park|station|pool)\b.{0,40}\b(?:at closing|after closing|(?:no one|nobody) (?:answering|answered|came)|no answer|not collected)\b"
)
