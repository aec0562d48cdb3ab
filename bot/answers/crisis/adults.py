"""An adult at risk: who has care and support needs, and the abuse, neglect, scams and
exploitation adult social care hears of.
"""

from __future__ import annotations

import re

from .fragments import GRANDPARENT, KIN

ADULT = re.compile(
    r"\b(?:elderly|older|old|vulnerable|adults?|disabled|disabilit\w*|dementia|alzheimer\w*|pensioner|resident|service user|clients?"
    r"|member|members|lady|ladies|gentleman|man|woman|neighbour|carer|mum|dad|husband|wife|partner|the person we|learning"
    r"|autis\w*|frail|housebound|regular|regulars|care home|nans?|nana|grans?|granny|grandad|grandma|grandpa|aunt|uncle|brother|sister|friend|wheelchair user)\b"
)


# A home or savings going to someone met online (session 17), said in either order.
_MONEY_GOING = (
    r"(?:remortgag\w*|sell(?:ing)? (?:her|his|their) (?:house|home|flat)"
    r"|(?:send|sending|sent|wire|wiring|transfer\w*) (?:\w+ ){0,3}(?:money|savings|pension|thousands))"
)


_MET_ONLINE = r"met (?:him |her |them )?(?:on |via |through )?(?:facebook|instagram|tiktok|whatsapp|a dating (?:site|app)|the internet|online)"


ADULT_HARM = re.compile(
    # someone else overdosed on their medicine, a doorstep trader's price (the twenty-first benchmark, session 21)
    r"\boverdosing (?:him|her|them|\w+ s) |\b(?:giving|gives|gave) (?:him|her|them) (?:too much|extra|double) (?:of )?(?:(?:his|her|their) )?(?:\w+ )?(?:meds|medication|medicine|tablets|pills|insulin)\b|"
    # a "loan" signed for a doorstep trader (the fortieth benchmark, session 34)
    r"\bsign\w* (?:up (?:for|to) )?(?:a |an |the )?(?:loan|credit agreement|finance (?:deal|agreement)|contract|direct debit) (?:for|with|from|to) (?:the |a |that )?"
    r"(?:window|windows|roof|roofing|driveway|gutter|doorstep|double glazing|solar panel|solar|cold calling|cold caller|door to door) (?:man|men|bloke|fella|salesman|salesmen|company|firm|traders?|lads?|people|guys?)\b|"
    r"\bcharged\b(?: \w+){0,5} £ ?\d+(?:k|,\d{3}| ?grand)? (?:for|to) (?:a |the )?(?:bit of |few |little )?(?:gutter\w*|roof\w*|driveway|drive|garden|trees?|patio|fence|chimney|windows?|pointing)\b|"
    r"abus|neglect|exploit|taking (?:all )?(?:her|his|their) (?:money|pension|benefits)|takes? (?:his|her|their) (?:money|benefits|pension|food|bank card|card)"
    r"|steal(?:ing|s)? (?:from )?(?:her|his|their|him) (?:money)?|controls? (?:all )?(?:her|his|their) money|will not let (?:her|him) (?:go out|leave|see)"
    r"|\bhits? (?:him|her)\b|being hit|hitting|bruis|unexplained injur|self ?neglect|coerc|controlled by|controlling"
    r"|cuckoo|people (?:living|staying) in (?:his|her) (?:flat|house|home)|taken over (?:his|her) (?:flat|house|home)|not being fed|not eating"
    r"|left alone all day|living in (?:filth|squalor)|locked in|locked (?:her|him|them) in (?:the |a |her |his |their )?(?:bedroom|room|house|flat|bathroom|toilet|shed)|scared of (?:her|his|their)|afraid of (?:her|his|their)"
    r"|work(?:ing)? for no pay|passport (?:was )?taken|modern slavery|given (?:them )?thousands|scam|hoard|rough with"
    r"|pressur(?:ed|ing) (?:her|him) (?:to|into)|changed (?:her|his) will|power of attorney|pin number|bank card"
    r"|not been washed|sores|bed sores|soiled|(?:wet|dirty|soaked) (?:pad|pads|nappy|nappies|incontinence pad)|taking (?:cash|money) (?:off|from) (?:the )?(?:old|elderly|residents|members|clients)|no heating|no food|starving|emptied (?:her|his|their|\w+s) (?:bank )?account|tied (?:to|up|down)|left in (?:bed|(?:his|her|their) (?:chair|bed|own mess)) for|favours instead of rent|sex for rent"
    r"|\bno (?:electric|electricity|power|gas) (?:since|for (?:days|a week|\d+ days))\b"  # (the twenty-sixth benchmark, session 23)
    r"|\btold (?:him|her|them) not to (?:ring|call|phone) (?:999|an ambulance|the ambulance|the doctor|for help)\b"  # (the seventy-first benchmark, session 50)
    r"|\b(?:heating|boiler|heater)\b.{0,25}\b(?:broken|broke|off|gone|not working|dead|packed up|cut off)\b.{0,50}\b(?:snow\w*|freezing|minus \d+|below zero)\b"  # (session 23)
    r"|making (?:him|her|them) sign|sign(?:ing|ed|s)? (?:over )?(?:cheques|checks|his house|her house)|signed (?:his|her|their) (?:house|home|flat|bungalow|savings) over|cheques? (?:to|for|made out to) (?:her|him|them|the carer)"
    r"|withdraw(?:ing|n|s)? (?:money|cash) (?:from|with) (?:his|her|their) (?:account|card)"
    rf"|{_MONEY_GOING}\b.{{0,80}}\b{_MET_ONLINE}\b|\b{_MET_ONLINE}\b.{{0,80}}\b{_MONEY_GOING}"
    # a worker or volunteer in a sexual relationship with someone who cannot consent to it (the thirty-third benchmark, session 31)
    r"|\b(?:sleeping with|having sex with|(?:in |having )?(?:a )?(?:sexual |romantic )?relationship with|having an affair with|dating|going out with|seeing) (?:a |an |one of (?:our|the) |the |our )?"
    r"(?:\w+ ){0,3}(?:members?|residents?|clients?|service users?|woman|man|lady|widow|widower|patients?|tenants?)\b.{0,40}\b(?:dementia|alzheimer\w*"
    r"|learning disabilit\w*|learning difficult\w*)\b"
    # "taxed" by youths every payday (the forty-first benchmark, session 35)
    r"|\btaxed by (?:the |some |local |these |those )?(?:youths|lads|kids|boys|teenagers|gang|dealers|them)\b"
    r"|\b(?:robbed|mugged|taxed) (?:\w+ ){0,3}every (?:payday|pension day|giro day|benefits day)\b"
    # a volunteer "helping" with banking and the money gone; the change kept, all of it; a member who is skin and bone
    # (the forty-fourth benchmark, session 37)
    r"|\bhelp(?:s|ing|ed)? (?:\w+ ){0,5}with (?:her |his |their |the )?(?:online )?(?:banking|bank|finances|money|bills|pension)\b.{0,60}"
    r"\b(?:lost (?:thousands|hundreds|£|\d|all|everything)|(?:now |all )?overdrawn|money (?:is |has )?(?:missing|gone)|savings (?:are |have )?gone|accounts? (?:is |are )?empty|emptied)"
    r"|\b(?:home help|carer|cleaner|pa|personal assistant|helper|befriender)\b.{0,30}\b(?:taking|takes|took|stealing|steals|stole|has taken|been taking)"
    r" (?:her|his|their) (?:jewellery|jewelry|rings?|watch|money|cash|savings|pension|bank cards?)\b"  # (the forty-fifth benchmark, session 37)
    r"|\blocks? (?:the |our |these |those )?(?:\w+ )?(?:adults|residents|men|women|clients|service users|members|ladies|gentlemen|users)"
    r" in (?:the |a )?(?:back |spare |side )?(?:room|cupboard|bedroom|shed|toilet)\b(?! (?:at night|overnight) for (?:safety|security))"
    # the gas money spent by a son; made to sign a paper (the forty-sixth benchmark, session 37)
    r"|\b(?:spent|spends|spending|took|takes|taking|drank|drinks|drinking|gambled|gambles) (?:the |her |his |their |all (?:the |her |his |their )?)?(?:gas|electric|electricity|heating|food|rent|shopping) money\b"
    r"|\bmade (?:him|her|them) sign\b"
    r"|\bkeeps? (?:all )?(?:the|her|his|their) change\b.{0,20}\b(?:all of it|every time|every week|always|all the time)\b|\bskin and bones?\b"
    # an old man's wallet taken (the twenty-eighth benchmark, session 25)
    r"|\b(?:take|takes|took|taking|taken|uses?|using|used|emptie[sd]|emptying) (?:the |an |his |her )?(?:old|elderly|older|frail|vulnerable|disabled|blind) (?:man|woman|lady|chap|gent|fella|person|member|resident) s (?:wallet|purse|bank card|card|pension|money|savings|benefits)\b"
    # workmen back to "finish the job" for £6,000 in cash and she's scared to say no (the fifty-eighth benchmark, session 42)
    r"|\b(?:scared|afraid|frightened|too scared|too frightened|daren t|dare not|does not dare|doesn t dare) (?:to )?(?:say no|refuse|turn (?:him|them) away)\b"
    # a volunteer offering a woman with learning disabilities extra parcels if she goes back to his place (the fifty-ninth
    # benchmark, session 43)
    r"|\b(?:extra|more|free|bigger) (?:\w+ ){0,2}(?:parcels|food|money|cash|gifts|credit|lifts|vouchers) if (?:she|he|they) (?:goes|go|comes|come|went|will go|will come) (?:back )?(?:to|round to|over to|back to) (?:his|her|their) (?:place|flat|house|room|van|car|bedsit)\b"
    # a grandson who "takes nans pension"; cigarette burns on a dementia café regular's hands (the sixty-fourth benchmark, session 46)
    rf"|\btakes? (?:my |our |the )?(?:{GRANDPARENT}|mum|mam|dad)(?: s|s)? (?:money|pension|benefits|bank card|card|savings)\b"
    r"|\b(?:dementia|alzheimer\w*|elderly|older|frail|housebound|learning disabilit\w*|care home|day centre|lunch club|residents?|service users?)\b.{0,80}"
    r"\b(?:cigarette burns|burn marks|burns (?:on|all over) (?:her|his|their) (?:hands?|arms?|legs?|back|face|neck))\b"
)


# A scam under way: a caller making someone buy vouchers or gift cards (the nineteenth benchmark, session 20).
_CALLER = r"(?:hmrc|the bank|police|caller|scam\w*|fraudster\w*|on the phone|the taxman|microsoft|amazon)"


# A person's home gone to filth and vermin (self-neglect), named by whose it is (the thirtieth benchmark, session 27).
HOME_UNFIT = re.compile(
    r"\b(?:his|her|their|\w+ s) (?:flat|house|home|bungalow|bedsit) (?:is|has been) (?:\w+ ){0,2}(?:full of|filled with|overrun (?:with|by)"
    r"|crawling with|infested with|piled (?:high )?with)\b.{0,30}\b(?:rats|maggots|cockroaches|faeces|excrement|urine|filth)\b"
    # "Ron's flat is knee deep in rubbish" (the fifty-fifth benchmark, session 41)
    r"|\b(?:his|her|their|\w+ s) (?:flat|house|home|bungalow|bedsit|room|place) (?:is |has been |s )?(?:\w+ ){0,2}(?:knee|waist|ankle|chest) (?:deep|high) (?:in|with) (?:rubbish|junk|stuff|bags|clutter|newspapers|papers|boxes|filth|bottles|cans)\b"
)


# Dealers moved into someone's home ("cuckooing"), said of whoever's home it is (the thirty-fourth benchmark, session 31).
CUCKOOED = re.compile(
    r"\b(?:dealers?|drug dealers?|a gang|gang members|druggies)\b (?:have |has |had |are )?(?:moved (?:in|into|in at)|moving (?:in|into)"
    r"|taken over|took over|living in|staying (?:in|at)|set up in) (?:\w+ s|\w+s|his|her|their) (?:flat|house|home|bungalow|bedsit|place)\b"  # "Kevs flat" (the seventieth benchmark, session 50)
    # "friends" who march her to the cashpoint every day (the forty-sixth benchmark, session 37)
    rf"|\b(?:dad|mum|mam|{GRANDPARENT}|uncle|auntie|neighbour) s new (?:friends|mates|pals) (?:have |has )?(?:moved in|moving in|taken over)\b"  # (the fiftieth benchmark, session 39)
    r"|\b(?:march\w*|frogmarch\w*|drag\w*) (?:\w+ ){1,2}to the (?:cash ?point|cash machine|atm|bank|post office)\b.{0,20}\b(?:daily|every (?:day|week|morning|payday|pension day)|each day)\b"
    # men from London living in nan's flat; a couple who deal from his flat; "friends" who use her kitchen to bag stuff up
    # (the seventy-fourth benchmark, session 52)
    r"|\b(?:men|lads|blokes|guys|people|a gang) from (?:london|birmingham|manchester|liverpool|leeds|bristol|the city|another city|out of town|down south|up north)\b"
    r".{0,30}\b(?:living|staying|stopping|moved in|sleeping|dossing) (?:in|at) (?:\w+ s|his|her|their) (?:flat|house|home|bungalow|place)\b"
    r"|\b(?:deal|deals|dealing|sell|sells|selling) (?:drugs |stuff |gear )?(?:from|out of) (?:\w+ s|his|her|their) (?:flat|house|home|bungalow|place|kitchen)\b"
    r"|\buse (?:his|her|their) (?:kitchen|flat|house|home|place) to (?:bag|sell|deal|cut|weigh)\b"
    # a gang using a disabled man's house to deal; young men living in his house who sell drugs from it; men using her
    # flat to "work" who do not let her have her own key; "being cuckooed" (the seventy-fifth benchmark, session 53)
    r"|\b(?:use|uses|using|used) (?:a |an |the )?(?:\w+ ){0,2}(?:\w+ s|\w+s|his|her|their) (?:flat|house|home|bungalow|bedsit|place|kitchen) (?:to|for) (?:deal|dealing|bag up|bagging up|weigh out|cut|stash|sell (?:drugs|gear|crack|weed|from)|store (?:drugs|gear|weed))\b"
    r"|\b(?:dealers|drug dealers|a gang|gang members) (?:are |have been |s been )?(?:in|at) (?:(?:mrs|mr|ms|miss|old) )?(?:\w+ s|his|her|their) (?:flat|house|home|bungalow|bedsit|place)\b"
    r"|\b(?:men|lads|blokes|guys|people|a gang|dealers?)\b (?:\w+ ){0,2}(?:living|staying|stopping|moved in|dossing) (?:in|at) (?:\w+ s|his|her|their) (?:flat|house|home|bungalow|place)\b"
    r".{0,40}\b(?:sell|selling|sells|deal|deals|dealing|store|storing|stash|stashing) (?:drugs|gear|weed|crack|from it|from there|out of it)\b"
    r"|^(?=.*\b(?:men|lads|blokes|guys|a gang|dealers?|they|people)\b (?:are |have been |keep |have )?(?:using|use|uses|used|taken over|took over) (?:\w+ s|his|her|their) (?:flat|house|home|bungalow|bedsit|place)\b)"
    r"(?=.*\b(?:not allowed|no longer (?:has|have|got)|taken|took|kept|keep|will not (?:let|give)) (?:(?:him|her|them) )?(?:(?:his|her|their) )?(?:own )?(?:door )?keys?\b)"
    r"|\b(?:being|been|getting|got|is|s|was|are|were) cuckooed\b|\bcuckooing (?:him|her|them|(?:his|her|their|\w+ s) (?:flat|house|home|place|bungalow|bedsit))\b"
    # men staying in his flat while he sleeps in the stairwell; dealers moved into nan's flat who make her stay in the
    # bedroom; young lads moved into his house while he sleeps in his greenhouse (the seventy-seventh benchmark, session 54)
    r"|^(?=.*\b(?:men|lads|blokes|guys|people|dealers?|strangers|a gang)\b (?:\w+ ){0,3}(?:staying|living|stopping|dossing|moved|move|moving) (?:in |into |in at )?(?:\w+ s|his|her|their|my \w+ s) (?:flat|house|home|bungalow|bedsit|place)\b)"
    r"(?=.*\b(?:(?:sleeping|sleeps|slept|living|lives|kipping|staying) (?:in|on) (?:the |his |her |their |a )?(?:stairwell|stairs|landing|greenhouse|shed|car|garden|allotment|hallway|street|doorway|park)"
    r"|(?:make|makes|made|making) (?:him|her|them) (?:stay|sleep|live) in (?:the |his |her |their |one )?(?:bedroom|room|back room|box room))\b)"
    r"|\b(?:dealers|drug dealers) (?:have |had |s )?(?:moved|moving|move) in(?:to)? (?:(?:mrs|mr|ms|miss|old) )?(?:\w+ s|his|her|their|my \w+ s) (?:flat|house|home|bungalow|bedsit|place)\b"
    # "his flat's been taken over by a gang" (session 45)
    r"|\b(?:his|her|their|\w+ s) (?:flat|house|home|bungalow|bedsit|place) (?:has been|s been|is being|was|got|has got) taken over by (?:a |an |some )?(?:drug |drugs |county lines |local )?(?:gang|gangs|gang members|dealers?|drug dealers?|druggies)\b"
)


# Self-neglect: its signs in body or home beside all help refused ("hoarding, rats, leg ulcers, refuses all help": the
# thirty-ninth benchmark, session 34), said of anyone, named or not; hoarding alone is no sign (raffle prizes are hoarded).
_NEGLECT_SIGNS = r"(?:rats|mice|vermin|maggots|(?:leg )?ulcers?|sores|filth\w*|squalor|not eating|not washing|soiled|infest\w*)"


_HELP_REFUSED = r"(?:refus\w*|will not (?:accept|have)|turns? away|turning away) (?:all |any )?(?:help|support|care|carers|services|the doctor|the nurse|district nurses?)"


_NOT_LOOKING_AFTER = r"not (?:eating|washing|answering the door|opening the door|changing (?:his|her|their) clothes|taking (?:his|her|their) (?:meds|tablets))"


SELF_NEGLECT = re.compile(
    rf"\b{_NEGLECT_SIGNS}\b.{{0,80}}\b{_HELP_REFUSED}\b|\b{_HELP_REFUSED}\b.{{0,80}}\b{_NEGLECT_SIGNS}\b"
    # "not eating not washing not answering the door" (the forty-eighth benchmark, session 38)
    rf"|\b{_NOT_LOOKING_AFTER}\b.{{0,20}}\b{_NOT_LOOKING_AFTER}\b"
    # post left unopened, rubbish and mice in the kitchen: "I think I'm not coping" (the sixtieth benchmark, session 44)
    r"|\b(?:stopped|stop|not|never|no longer|can not face|can not bring (?:my|him|her)self to) (?:opening|open) (?:the |my |his |her |their |any )?(?:post|mail|letters|bills)\b.{0,80}\b(?:rubbish|mice|rats|vermin|filth\w*|maggots|not eating|no food|stinks?|smells?|not washing)\b"
    r"|\b(?:rubbish|mice|rats|vermin|filth\w*|maggots|not eating|no food|not washing)\b.{0,80}\b(?:stopped|not|never|no longer) (?:opening|open) (?:the |my |his |her |their |any )?(?:post|mail|letters|bills)\b"
    # an old boy at the shed "not eatin heating off" (the sixty-second benchmark, session 45)
    r"|\bnot (?:eating|eatin|washing)\b.{0,40}\b(?:heating (?:is |s )?(?:off|not on|broken)|no heating)\b|\b(?:heating (?:is |s )?off|no heating)\b.{0,40}\bnot (?:eating|eatin|washing)\b"
    # Mrs Green "sat in her own mess with an empty fridge" (the sixty-eighth benchmark, session 49)
    r"|\b(?:sat|sitting|lying|lay|laid|living|left|found) in (?:her|his|their) own (?:mess|filth|urine|wee|poo|faeces|excrement|waste)\b"
    # a warm space regular "covered in flea bites, confused" (the seventy-fourth benchmark, session 52)
    r"|\b(?:regulars?|members?|clients?|man|men|woman|women|lady|ladies|gents?|gentlem[ae]n|residents?|neighbours?|he|she|guests?|visitors?|service users?|tenants?|dad|mum|nan|grandad)\b"
    r" (?:\w+ ){0,3}(?:covered|riddled|bitten all over) (?:in|with) (?:flea|bed ?bug|bedbug|lice|insect) (?:bites|sores)\b"
)


# Care that fails someone: carers who never turn up for him, or who leave him in the chair all night (the forty-seventh
# benchmark, session 38), said of anyone, named or not.
CARE_FAILING = re.compile(
    r"\b(?:carers?|home ?care|care workers?|care agency)\b (?:\w+ ){0,2}(?:never|do not|did not|have not|has not|is not|not|keep not|often do not|just do not)"
    r" (?:turn|turned|turning|show|showed|showing|come|came|coming)"
    r"(?: up| in| round)? (?:for|to (?:see|help|get|wash|feed|dress)) (?!the |our |a |an |their |any |this |that |meetings?\b|training\b|events?\b)\w+\b"
    # on the phone every day to "Captain Mark" in Syria, and remortgaged her house (the fifty-fourth benchmark, session 40)
    r"|\b(?:on the phone|talking|messaging|writing) (?:every day|daily|all the time|for hours) to (?:a man|a woman|someone|a \w+)\b.{0,60}\b(?:remortgag\w*|sent (?:him|her) (?:£|money|thousands|her savings|his savings))"
    # "nobody's changed Reg's dressings in a week" (the fifty-second benchmark, session 40)
    r"|\b(?:no one|not|never|nobody) (?:has |s |have )?(?:been )?(?:changed|changing|change) (?:his|her|their|\w+ s) (?:dressings?|bandages?|pads?|catheter|bedding|sheets|clothes)\b"
    # "mums cupboards empty, carers say she's fine" (the fifty-first benchmark, session 40)
    r"|\b(?:mums?|mams?|nans?|nanas?|grans?|grannys?|grandads?|grandmas?|dads?|his|her|\w+ s) (?:kitchen )?(?:cupboards?|fridge) (?:is |are |s )?(?:always |totally |completely |all |still )?(?:bare|empty)\b"
    r"|\b(?:leave|leaves|left|leaving) (?:him|her|them|\w+) in (?:the |his |her |their )?(?:chair|bed|wheelchair|armchair|commode|own (?:mess|piss|urine|wee|faeces|poo))\b.{0,20}"
    r"\b(?:all night|all day|overnight|for hours|for days|till morning|until morning)\b"
    # left in a wet pad all day; tied to the chair; discharged yesterday, can't stand, nobody coming; a daughter who hides
    # her food (the fifty-fifth benchmark, session 41)
    r"|\bleft (?:in|with|on) (?:a |her |his |their |the )?(?:wet|soaked|soaking|soiled|dirty|full|sodden) (?:pads?|nappy|nappies|incontinence pads?|bed|sheets|bedding)\b"
    r"|(?:^|\b(?:is|was|were|are|being|been|gets?|got|s|keeps?|kept|him|her|them|residents?|mum|dad|nan|gran|grandad|he|she|they|they re|\w+ s) )tied (?:to|into|in) (?:a |the |her |his |their )?(?:chair|bed|wheelchair|commode|radiator|bed ?rails?)\b"
    r"|\bdischarged\b.{0,60}\b(?:can not (?:stand|walk|get up|get out of bed|cope|manage|wash|feed (?:him|her)self)|(?:no one|nobody) (?:is )?(?:coming|there|to help|to look after)|no (?:care|carers|care package|support) (?:in place|arranged|coming|set up))\b"
    rf"|\b(?:{KIN}|carer|lodger)\b (?:\w+ ){{0,2}}(?:hides?|hid|hiding|locks? away|locked away|locking away) (?:her|his|their) (?:food|meals|money|pension|tablets|medication|walking frame|frame|glasses|hearing aids?|phone)\b"
    # "care home staff shout at residents ok?" (the fifty-seventh benchmark, session 42)
    r"|\b(?:staff|carers?|care workers?|nurses?|workers?)\b (?:\w+ ){0,2}(?:shout\w*|scream\w*|yell\w*|swear\w*|snap\w*) at (?:the )?(?:residents|patients|old (?:people|folk|dears|ladies|men)|elderly|clients|service users|my (?:mum|dad|nan|gran|grandad|grandma|mother|father))\b"
    # staff who leave a lady in a dirty bed all night and laugh at her (the fifty-ninth benchmark, session 43)
    r"|\b(?:leave|leaves|left|leaving) (?:one |a |an |the |this |that )?(?:old |elderly |older |frail |poor )?(?:lady|man|woman|resident|gentleman|patient|person|chap|gent) in (?:a |her |his |their )?(?:dirty|soiled|wet|filthy|soaking|soaked) (?:bed|sheets|pad|pads|clothes|nappy|pants)\b"
    # a nephew who will not let the volunteers in any more (the sixty-second benchmark, session 45)
    rf"|\b(?:{KIN}|husband|wife|partner|carer|lodger|brother|sister|family)\b (?:\w+ ){{0,2}}(?:will not|does not|refuses to|would not|no longer) let (?:the |our |any )?(?:volunteers?|carers?|us|anyone|anybody|nobody|visitors?|nurses?|district nurses?|social workers?|doctors?|the doctor|me) (?:in|see (?:her|him|them)|near (?:her|him|them))\b"
)


# Money taken from someone by pressure or threat: a power of attorney signed under pressure, a doorstep trader paid in
# cash and coming back for more, a grandson threatening him for money on giro day, a son taking her attendance
# allowance (the forty-eighth benchmark, session 38), said of anyone, named or not.
MONEY_TAKEN = re.compile(
    r"\b(?:power of attorney|lpa|(?:his|her|their|my|a|the|new) will|deeds)\b.{0,40}\bunder (?:pressure|duress)\b|\bunder (?:pressure|duress)\b.{0,40}\b(?:power of attorney|lpa)\b"
    r"|\b(?:roof|gutters?|driveway|chimney|fence|trees?|windows?|patio)\b.{0,60}\b(?:paid|given|handed over|took|taken) (?:them |him |the man )?£ ?\d[\d ]*(?:k)?\b"
    r".{0,60}\b(?:coming back|come back|back tomorrow|for more|wants more|asking for more)\b"
    r"|\bthreaten\w* (?:him|her|them) for (?:money|cash|(?:his|her|their) (?:pension|benefits|money))\b"
    r"|\b(?:takes?|took|taking|keeps?|kept) (?:all )?(?:of )?(?:his|her|their) (?:attendance allowance|pip|carer s allowance|disability (?:benefits?|allowance))\b"
    # "Dorothy's daughter-in-law has her bank card and Dorothy keeps saying she cant afford the £3 lunch" (the fifty-second
    # benchmark, session 40)
    rf"|\b(?:{KIN}|carer|neighbour|lodger)\b (?:has|has got|took|has taken|keeps|holds|is holding)"
    r" (?:her|his|their) (?:bank ?cards?|pension cards?|pin|cash ?cards?|post office card|card and pin)\b.{0,60}\b(?:can not afford|no money|skint|not eating|nothing left|cash machine)\b"
    # "borrowing" money from someone with dementia (session 41: caught before only by chance); a pensioner signed up for a
    # £3,000 plan she doesn't understand (the fifty-sixth benchmark, session 41)
    r"|\bsign(?:ed|s|ing)? up (?:for|to) (?:a |an )?£ ?\d[\d ]*(?:k)?\b.{0,40}\b(?:does not|did not|can not|could not|do not) (?:understand|remember|know what)\b"
    r"|\bborrow\w* (?:\w+ )?money (?:from|off) (?:\w+ ){1,3}(?:who (?:has|s)|with) (?:dementia|alzheimer\w*|learning disabilit\w*)\b"
    rf"|\b(?:carers?|home help|helper|cleaner)\b.{{0,10}}\b(?:stole|steals|stealing|nicked|nicking|took|taking) (?:my |his |her |our )?(?:{GRANDPARENT}|mum|mam|dad|\w+ s)"
    r" ?s? (?:rings?|jewell?ery|money|cash|purse|wallet|bank card|pension|savings)\b"  # (the fiftieth benchmark, session 39)
    # a volunteer "borrowing" money from the older people she visits, a lady with dementia having given her nearly
    # £2,000 (the fifty-eighth benchmark, session 42)
    r"|\bborrow\w* (?:\w+ )?(?:money|cash) (?:from|off) (?:the |an |a )?(?:older|elderly|old|vulnerable|frail|housebound) (?:people|person|members|residents|clients|ladies|lady|man|men|woman|women|folk)\b"
    r"|\b(?:dementia|alzheimer\w*)\b.{0,40}\b(?:has |have )?(?:given|handed|lent|loaned) (?:her|him|them) (?:nearly |almost |over |about |around )?£ ?\d"
    # "I sign whatever my grandson tells me" (the sixtieth benchmark, session 44)
    r"|\b(?:i|he|she|they|mum|dad|nan|gran|grandad|grandma) (?:just |only )?(?:sign|signs|signed) (?:whatever|anything|everything|what ever|all the (?:papers|forms|cheques)) (?:my |his |her |their |the )?"
    rf"(?:{KIN}|carer|lodger|neighbour|new friend|boyfriend|girlfriend) (?:\w+ )?(?:tells?|told|puts?|gives?|gave|says|said|brings?|brought|asks?|asked|wants?)\b"
    # a driver getting an elderly client to lend him money; a car given by a lady of 85 with dementia (the sixty-second
    # benchmark, session 45)
    r"|\b(?:getting|got|gets|asking|asked|asks|persuad\w*|pressur\w*) (?:an |a |the |one of (?:our|his|her|their) )?(?:elderly|older|old|vulnerable|frail|housebound) (?:\w+ )?(?:clients?|lady|ladies|man|men|woman|women|members?|residents?|person|people|gentleman) to (?:lend|give|loan) (?:him|her|them) (?:money|cash|£)"
    r"|\b(?:been )?given (?:\w+ ){0,2}(?:car|house|savings|jewell?ery|money|cash|£ ?\d[\d ]*k?)\b.{0,50}\b(?:with|has|who has|got) (?:dementia|alzheimer\w*)\b"
    # a neighbour pressuring someone with memory problems into a power of attorney; £5k missing from someone with
    # dementia (the sixty-third benchmark, session 45)
    r"|\bpressur\w* (?:\w+ ){0,4}into (?:signing|making|changing|giving) (?:\w+ ){0,4}(?:power of attorney|lpa|will|deeds|cheques?|bank details)\b"
    r"|\b(?:dementia|alzheimer\w*|memory problems)\b.{0,40}£ ?\d[\d ]*(?:k| ?grand)? (?:is |has |has been |s |was |went )?(?:missing|gone|unaccounted for)\b"
    # "Pat's been signing cheques for a stranger" (the sixty-seventh benchmark, session 49)
    r"|\b(?:sign\w*|writ\w*|wrote|hand\w*|giv\w*|gave) (?:\w+ ){0,2}(?:cheques?|checks|cash|money|bank cards?|pin) (?:to|for|out to|made out to|over to) (?:a |some |this |these )?"
    r"(?:total )?(?:strangers?|(?:man|woman|men|people|someone|bloke) (?:she|he|they) (?:met|does not know|do not know|hardly knows?|barely knows?))\b"
    # "new will, she didnt understand it"; "he gave the window cleaner his PIN" (the seventieth benchmark, session 50)
    r"|\b(?:new|changed|changing|signed|signing) (?:\w+ )?will\b.{0,30}\b(?:she|he|they|mum|dad|nan|gran|grandad) (?:did not|does not|do not|could not|can not) (?:understand|read|remember)\b"
    r"|\b(?:gave|given|giving|gives|told|tells|telling) (?:the |a |his |her |their |that |this )(?!(?:bank|building society|post office|treasurer|police)\b)(?:\w+ ){0,2}(?:his|her|their) (?:pin|pin number|bank details|card details|bank card|card and pin)\b"
    # "power of attorney being misused, i think" (the sixty-ninth benchmark, session 50); not how to stop or report it
    r"|\b(?:power of attorney|lpa|poa)\b (?:is |s |has been |being |was )?(?:\w+ )?(?:misused|abused|used to (?:take|empty|drain|steal|clear))\b"
    r"|\b(?:misusing|abusing|misused|abused) (?:the |her |his |their |my |a )?(?:lasting )?(?:power of attorney|lpa|poa)\b"
)


SCAM_UNDER_WAY = re.compile(
    rf"\b{_CALLER}\b.{{0,60}}\b(?:making|made|telling|told|forcing|forced|pressuring|pressured) (?:\w+ ){{0,2}}(?:to )?(?:buy|purchase|get) (?:\w+ ){{0,3}}"
    r"(?:vouchers|gift ?cards|itunes cards|google play cards|steam cards|amazon cards)\b"
    # a caller who is not who they claim, with remote access to the computer (the twenty-seventh benchmark, session 24)
    r"|\b(?:claiming|claims|pretending|pretends) to be\b.{0,100}\b(?:remote access|access to (?:her|his|their) (?:computer|laptop|screen|bank))\b"
    # cash handed to a "police officer" at the door (the forty-second benchmark, session 35)
    r"|\b(?:given|gave|handed|handed over|paid|sent) (?:a |the |some )?(?:police officer|policeman|bank official|bank manager|courier|man from the bank|bloke from the bank|detective)\b.{0,10}£ ?\d"
    # thousands sent to someone claiming to be a grandson in trouble (the forty-third benchmark, session 36)
    r"|\b(?:sent|send|sending|transferred|paid|given|gave|handed over) (?:\w+ ){0,2}£ ?\d[\d ]*(?:k| ?grand)? (?:to|over to) (?:someone|somebody|a man|a woman|a (?:\w+ )?caller|a stranger) (?:claiming|pretending|saying|who (?:said|says|claimed|claims)) (?:to be|he is|she is|he was|she was)"
    # "uncle paying 'fees' to claim lottery win again" (the fifty-second benchmark, session 40)
    r"|\b(?:pay|pays|paying|paid|sent|sending|sends) (?:\w+ ){0,2}(?:fees?|tax|taxes|charges?|admin fees?) to (?:claim|release|get|collect|unlock) (?:(?:his|her|their|a|the) )?(?:lottery|prize|prizes|winnings|inheritance|jackpot|lotto)\b"
    # a transfer to "HMRC" happening now (the forty-seventh benchmark, session 38)
    r"|\b(?:transfer|payment|wire|bank transfer|wire transfer|money|savings)\b.{0,30}\b(?:to )?(?:hmrc|the taxman|the police|a safe account|microsoft|amazon|the bank)\b.{0,30}"
    r"\b(?:happening|going through|going out|right now|as we speak|on the phone now)\b"
    # "Bill's on the phone to fake bank NOW" (the forty-ninth benchmark, session 39)
    r"|\b(?:on the phone|on the line|talking) (?:to|with) (?:a |the |some )?(?:fake|scam|bogus|pretend|dodgy) (?:bank|police|policeman|hmrc|tax ?man|caller|amazon|microsoft)\b"
    # "hmrc scam, she's at the bank now" (the fifty-fifth benchmark, session 41)
    r"|\b(?:scam\w*|hmrc|fraudsters?|fake (?:bank|police|caller))\b.{0,40}\b(?:at|in|gone to|going to|on (?:her|his|their) way to|queuing (?:at|in)) the (?:bank|post office|cash ?point|building society|atm)\b.{0,15}\b(?:now|right now|as we speak)\b"
)


# An adult with care and support needs, by age, condition or care.
CARE_NEEDS = re.compile(
    r"\b(?:elderly|older|frail|housebound|dementia|alzheimer\w*|disabled|disabilit\w*|learning difficult\w*|care home|carer|cared for"
    r"|wheelchairs?|multiple sclerosis|(?:has|has got|diagnosed with|living with) ms|parkinson\w*|motor neurone|epilep\w*|learning disabilit\w*|(?:severe|serious) mental illness"  # (the sixty-second and sixty-third benchmarks, session 45)
    rf"|in (?:his|her|their) (?:70s|80s|90s|seventies|eighties|nineties)|(?:[7-9]\d|1[01]\d) year old|{GRANDPARENT})\b"
)


# Adults in someone's care, as a worker harming them is told: those with care needs, and where care is given.
CARED_FOR = re.compile(
    rf"{CARE_NEEDS.pattern}|\b(?:residents?|service users?|care workers?|carers?|patients?|care staff)\b"
    r"|\b(?:wheelchairs?|day centres?|supported living|adults? with (?:ld|learning \w+|autism|additional needs))\b"  # (the thirty-eighth benchmark, session 33)
)
