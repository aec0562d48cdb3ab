"""Domestic abuse by a partner, ex-partner or family member: violence, threats, control, stalking,
forced marriage, broken court orders.
"""

from __future__ import annotations

import re

from .fragments import AS_A_THREAT, KIN

# A bone broken by a partner (the twenty-eighth benchmark), said of oneself or of someone else.
_PARTNER_NOUN = r"(?:partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee)"


_PARTNER_SAID = rf"(?:{_PARTNER_NOUN}|hubby|bf|fella)"  # as a chat names them


_BROKE = r"(?:has )?(?:broke|broken|fractured|cracked|busted)"


_INJURY = r"(?:nose|jaw|ribs?|arm|wrist|cheekbone|eye socket|fingers?|teeth|tooth)"


DOMESTIC = re.compile(
    r"\b(?:my|me|her|his|their|our|she is|he is|i am|your) ?(?:partner|husband|wife|boyfriend|girlfriend|ex|ex partner|ex husband|ex wife|fiance|fiancee|fella|bloke|missus"
    r"|other half|son|daughter|dad|father|mum|mother|stepdad|stepmum|brother|sister|family|in laws|father in law|mother in law)\b"
    r".{0,60}\b(?:hits?|hitting|beats?|beating|beaten|punch\w*|kick\w*\b(?! (?:a |the )?(?:ball|football)\b)|strangl\w*|chok\w*|slap\w*|push\w*|shov\w*|threat\w*|controls?|controlling"
    r"|will not let|does not let|stalk\w*|follow\w*|track\w*|abus\w*|hurts?|hurting|batter\w*|rap\w*|forc\w*|takes (?:all )?(?:my|her|his) money"
    r"|locks? (?:me|her|him)|locked (?:me|her|him)|kill|bruis\w*|black eye|strangled|grabbed|threw|thrown|attacked|attack(?:s|ing) (?:me|her|him|us)\b|assault\w*|scared|afraid|terrified"
    r"|broke|broken|fractured|can not know|check(?:s|ing)? (?:when|where|up on) (?:she|he|i|her|him|me)\b"
    # belted (the forty-second benchmark, session 35); the verb only, since "with a belt" is also a child's
    r"|belted\b(?! out\b| up\b| it\b| round\b| along\b| down\b)|\bbelt(?:s|ing) (?:me|her|him)\b"
    # went for me; "a bit rough" with a drink; stitches (the forty-first benchmark, session 35)
    r"|(?:went|goes|go|going) for (?:me|her|him)\b|gets? (?:a bit |a little |bit |quite |really )?(?:rough|handy|physical)\b|needed stitches)"
    # pushed down the stairs by a husband named sentences before (the seventy-seventh benchmark, session 54)
    r"|^(?=.*\bmy (?:partner|husband|wife|boyfriend|girlfriend|ex|ex partner|ex husband|ex wife|fiance|fiancee|other half)\b)"
    r"(?=.*\b(?:pushed|shoved|threw|thrown|kicked) me (?:down the stairs|down the steps|into (?:a |the )?(?:wall|door|table|radiator|fridge|wardrobe)"
    r"|against (?:a |the )?(?:wall|door|fridge|table)|onto the floor|to the floor|out of the (?:car|house))\b)"
    r"|\bdomestic (?:abuse|violence)\b.{0,40}\b(?:me|my|her|she|he|him|victim|experienc\w*|suffer\w*|going through|fleeing|escap\w*)\b"
    r"|\b(?:me|my|her|she|he|him|victim|experienc\w*|suffer\w*|going through|fleeing|escap\w*)\b.{0,40}\bdomestic (?:abuse|violence)\b"
    # walking on eggshells at home or around a partner; a partner who takes the wages or demands every receipt (the
    # thirty-eighth benchmark, session 33)
    r"|\bwalking on eggshells\b.{0,30}\b(?:at home|with (?:him|her|my (?:husband|wife|partner|boyfriend|girlfriend|fella|ex))|around (?:him|her|my (?:husband|wife|partner|boyfriend|girlfriend|fella)))\b"
    r"|\b(?:at home|around (?:my )?(?:husband|partner|boyfriend|him))\b.{0,20}\bwalking on eggshells\b"
    r"|\b(?:my|her) (?:partner|husband|boyfriend|fella|wife|girlfriend) (?:takes|took|keeps|has taken|controls) (?:all )?(?:of )?(?:my|her) (?:wages|salary|pay|earnings|benefits)\b"
    r"|\b(?:partner|husband|boyfriend|fella|wife|girlfriend)\b.{0,60}\bmakes? (?:me|her) show (?:him|her) (?:every|all (?:the |my |her )?)(?:receipts?|bank statements?|penny)\b"
    # timing how long she is out (the fortieth benchmark, session 34)
    r"|\b(?:he|she|my (?:husband|partner|boyfriend|wife|girlfriend|fella|ex)) (?:times|timed|timing|clocks|clocked|counts|counted) how long (?:i|she|he) (?:was|am|is|m|s|have been|has been|had been|spend|spent) (?:at|out|gone|away|in the|with|down|round|seeing)\b"
    # finger marks round a neck, the sign of strangling (the thirty-sixth benchmark, session 32)
    r"|\b(?:finger ?marks|fingerprints|bruis\w*|red marks|marks) (?:all )?(?:on|round|around) (?:her|his|my|their) (?:neck|throat)\b"
    r"|\bcoercive control|\bhonou?r (?:based|killing|violence|abuse)\b|\b(?:belted|beat|beaten|hit|hits|beats|punished|locked (?:me|her|him) (?:in|up))\b.{0,30}\bfor (?:the )?(?:dishonou?r\w*|bringing shame|shaming the family|family honou?r)\b|\bstalking (?:me|her|him)\b"
    # a tracker hidden on someone's things (development sets, session 14)
    r"|\b(?:ex|partner|husband|wife|boyfriend|girlfriend|he|she)\b.{0,20}\b(?:put|fitted|hid|hidden|installed|planted)\b.{0,10}\b(?:gps|tracker|tracking device|tracking app|air ?tags?|spyware)\b"
    r"|\b(?:he|she) (?:hits|beats|hurts|chokes|strangles|punches|kicks|slaps|rapes|controls) (?:me|her|him)\b"
    r"|\b(?:scared|afraid|frightened|terrified) (?:of|to go home to) (?:my|her|his) (?:partner|husband|wife|boyfriend|girlfriend|ex)\b"
    r"|\bfleeing\b|\brefuge\b.{0,30}\b(?:tonight|now|need|place)\b"
    # "he strangled me last week, didnt report it"; "how do i leave him safely"; "how do i get a non molestation order" (the
    # fifty-second benchmark, session 40)
    r"|\b(?:he|she|partner|husband|wife|boyfriend|girlfriend|ex|fella|bloke)\b (?:\w+ )?(?:strangled|throttled|choked|strangles|throttles|chokes) (?:me|her|him)\b(?! (?:up|with (?:laughter|emotion))\b)"
    r"|\bleave (?:him|her|my (?:partner|husband|wife|boyfriend|girlfriend|fella)|home)? ?safely(?: with (?:the |my )?(?:kids|children|baby|little ones))?\b(?! (?:at|after|from) (?:the )?(?:end|night|event|hall|session))"
    r"|\b(?:nearest|closest|find a|find me a|number for a|number for the) (?:women s |womens |domestic abuse )?refuge\b"
    r"|\b(?:safely|safe way to|safest way to) leave (?:him|her|my (?:partner|husband|wife|boyfriend|girlfriend|fella))\b"
    r"|\b(?:get|getting|apply for|applying for|need) (?:a |an )?(?:non ?molestation|occupation|restraining) order\b"
    # "how do i get into a refuge" (the fifty-first benchmark, session 40)
    r"|\b(?:get|getting|got|go|going|move|moving|get me|get her|get us) (?:in|into|in to|to) (?:a |the )?(?:women s |womens |domestic abuse )?refuge\b(?! (?:fundrais\w*|open day|event|shop|charity|appeal|collection|volunteer\w*|donations?|building|premises|office|site|garden|car park)\b)"
    # deleting her emails "so I can't talk to anyone" (the fifty-first benchmark, session 40)
    r"|\b(?:he|she|they) (?:\w+ ){0,10}so (?:i|she|he) (?:can not|could not|will not|do not) (?:talk|speak|get in touch|reach out) (?:to |with )?(?:anyone|anybody|no one|my (?:friends|family|mum|sister))\b"
    r"|\bforced (?:to )?marr\w*|\bforced marriage\b|\bforc\w* (?:me|her|him|them|my \w+) (?:to|into) (?:marry|marriage|get married)\b|\b(?:taking|take|sending|send|took) (?:her|him) (?:to|back to) \w+ (?:\w+ )?(?:to|and) (?:marry|get married)\b"
    r"|\bmarry (?:a man|a woman|someone|her cousin|his cousin|an older man) (?:she|he) (?:has|is) never met\b"
    r"|\bchong\b.{0,15}\b(?:đanh|danh)\b"  # Vietnamese: a husband hitting (the eighteenth benchmark, session 19)
    # hands round the neck, married off, medicine hidden to punish (the nineteenth benchmark, session 20)
    rf"|\b(?:he|she|{_PARTNER_SAID}) (?:put|puts|had|has|got|wrapped) (?:his|her) hands (?:round|around) (?:my|her|his) (?:neck|throat)\b"  # (a partner: session 49)
    # a family that "found out about her boyfriend" and is taking her "home" (the sixty-eighth benchmark, session 49)
    r"|\bfound out about (?:her|his|my) (?:boyfriend|girlfriend|partner|relationship)\b.{0,60}\b(?:taking|take|sending|send|took|sent) (?:her|him|me) (?:back )?"
    r"(?:home|abroad|away|to (?:pakistan|bangladesh|india|somalia|afghanistan|iraq|iran|yemen|nigeria|sudan|eritrea|the village))\b"
    r"|\b(?:being|be|get|getting|got|is being|will be) married off\b"
    rf"|\b(?:he|she) (?:is )?(?:hides|hiding|hid|takes|took|taking) (?:my|her|his) (?:meds|medication|tablets|pills|inhaler|insulin)\b.{{0,30}}\b{AS_A_THREAT}"
    # a tracker found on a car; a nose broken by a partner (the twenty-eighth benchmark, session 25)
    r"|\b(?:found|find|finding|discovered|there s|there is) an? (?:gps |hidden |secret |little )?tracker (?:on|in|under|inside|stuck to) (?:my|her|our) (?:car|bag|handbag|coat|phone|bike|pushchair|pram|keys)\b"
    rf"|\b(?:he|she|my {_PARTNER_NOUN}) {_BROKE} my {_INJURY}\b"
    # gold sold, "calls me worthless" (the forty-first benchmark, session 35)
    r"|\b(?:he|she) (?:sold|pawned|took|takes|sells) (?:all )?(?:my|her) (?:gold|jewellery|jewelry|wedding ring|bangles)\b.{0,30}\bcalls? (?:me|her) (?:worthless|useless|nothing|rubbish)\b"
    rf"|\b(?:her|his) {_PARTNER_NOUN} {_BROKE} (?:her|his) {_INJURY}\b"
    # an ex with her keys letting himself in; waiting every shift; "you're dead" (the forty-third benchmark, session 36)
    r"|\bex\b.{0,40}\b(?:stole|took|kept|copied|has|still has|nicked) (?:my|her|his|a|the) (?:spare |house |flat |door )?keys?\b"
    r".{0,80}\b(?:coming|comes|came|letting (?:himself|herself)|lets (?:himself|herself)|been) (?:in|into|round)\b"
    r"|\bex\b.{0,30}\b(?:waits|waiting|hangs around|hanging around|sits outside) (?:\w+ ){0,5}(?:every|each) (?:shift|day|night|morning|evening|session)\b"
    r"|\bex\b.{0,80}\b(?:told|tells|texted|texts|said|says|messaged|shouted) (?:her|him|me) (?:you are|she is|he is|i am) (?:dead|a dead (?:man|woman))\b"
    # raped "but we're married"; let out only for the food bank; an ex who keeps turning up and waits (the forty-fourth
    # benchmark, session 37)
    r"|\b(?:he|she) (?:raped|forced (?:himself|herself) on) (?:me|her|him)\b|\braped\b.{0,30}\b(?:married|my husband|my wife|my partner)\b"
    r"|\b(?:i am|she is|he is|i m) only (?:allowed|let) (?:out|to go out|to leave(?: the house)?) (?:for|to) (?:the )?(?:food ?bank|shops?|school run|church|mosque|doctors?)\b"
    r"|\bex\b.{0,30}\b(?:keeps|kept) (?:turning|showing) up\b.{0,60}\bwait\w*"
    # never leaving her side and shouting at her (the forty-sixth benchmark, session 37)
    r"|\b(?:never leaves her side|never lets her out of (?:his|her) sight)\b.{0,60}\b(?:shouts|shouting|screams|screaming|yells|yelling|swears|grabs|grabbing)\b"
    # a husband who rings her work ten times a shift and goes mad if she is late; burnt by a girlfriend with the iron (the
    # forty-fifth benchmark, session 37)
    r"|\b(?:girlfriend|boyfriend|wife|husband|partner|missus|fella)\b.{0,10}\b(?:did it|done it|did that|burnt (?:him|her|me)|burned (?:him|her|me))\b.{0,20}"
    r"\bwith (?:the |an |a |her |his )?(?:iron|kettle|lighter|cigarettes?|hot water|straighteners)\b"
    r"|\b(?:husband|partner|boyfriend|wife|girlfriend|fella)\b.{0,60}\b(?:goes mad|kicks off|loses it|goes spare|goes mental) if (?:she|he|i) (?:is |am |s |m )?(?:\d+ (?:mins?|minutes) )?late\b"
    r"|\b(?:husband|partner|boyfriend|wife|girlfriend|fella)\b.{0,20}\b(?:rings|calls|phones|texts)\b.{0,30}\b(?:\d+|ten|twenty|a dozen|loads of) times a (?:shift|day|hour|session)\b"
    # turning up at every shift I do (the forty-seventh benchmark, session 38)
    r"|\b(?:turns|keeps turning|shows|keeps showing|turning|showing|comes|keeps coming) up (?:at|to|outside) (?:every|each|all) (?:(?:one of )?my )?(?:shifts?|classes|sessions)\b"
    r" (?:i do|i work|i am on|i m on|i have|of mine)\b"
    # typed in secret with him near (the forty-eighth benchmark, session 38)
    r"|\b(?:can not|could not) (?:talk|type|speak|write|stay on)(?: for)? (?:long|much|now)\b.{0,20}\b(?:he|she) (?:is |s )?(?:in (?:the )?next room|next door|downstairs|upstairs"
    r"|home|back|watching|listening|coming)\b"
    # "if I go to the police he'll burn the house down"; brothers who found out about a boyfriend and will "sort him and me
    # out" (the forty-ninth benchmark, session 39)
    r"|\bif (?:i|we|she) (?:go|goes|went) to (?:the police|anyone)\b.{0,30}\b(?:he|she|they) (?:will|would|is going to|are going to) (?:burn|kill|hurt|find|finish|destroy)\b"
    r"|\bif (?:i|we|she) (?:call|ring|phone|tell|leave|leaves|report)\b.{0,30}\b(?:he|she|they) (?:will|would|is going to|are going to) (?:burn|kill|hurt|finish|destroy)\b"
    r"|\b(?:he|she) (?:will|would|is going to|threatens to|threatened to|says he will|said he would|says she will|said she would) (?:burn|torch) (?:the|my|our|this) (?:house|flat|home)\b"
    r"|\b(?:brothers?|dad|father|uncles?|cousins?|family|in laws)\b.{0,40}\b(?:found out|find out|know|knows|heard) about (?:my |me and (?:my )?)?(?:boyfriend|girlfriend|relationship|partner)\b"
    r".{0,80}\b(?:sort (?:him|me|us|her)|kill|hurt|deal with (?:him|me|us|her)|punish|beat|teach (?:me|us|her) a lesson|send me (?:back|away)|marry me off|take me (?:back|abroad|away))"
    # a helpline number she can find "without him noticing", for someone living with a violent partner (the fifty-sixth
    # benchmark, session 41)
    r"|\b(?:violent|abusive|controlling) (?:partner|husband|wife|boyfriend|girlfriend|ex|fella)\b.{0,120}\bwithout (?:him|her) (?:noticing|knowing|finding out|seeing|checking)\b"
    # a hot cup of tea thrown at her by "he"; "how do i get away from husband"; "wont give me my own wages" (the
    # fifty-seventh benchmark, session 42)
    rf"|\b(?:he|she|{_PARTNER_SAID})\b (?:\w+ ){{0,2}}(?:threw|thrown|throws|chucked|chucks|poured|pours|flung|tipped)\b (?:a |the |his |her |some )?(?:\w+ ){{0,2}}(?:hot|boiling|scalding)\b (?:\w+ ){{0,3}}(?:at|over|on) (?:me|her|my)\b"
    rf"|\b(?:get|getting|run|running|escape|escaping|break|breaking) away from (?:my |the )?{_PARTNER_SAID}\b"
    r"|\b(?:will not|wont|does not|doesn t|never) (?:let me (?:have|keep|see)|give me) (?:my own|any of my|a penny of my) (?:wages|money|pay|salary|earnings|benefits|bank card)\b"
    # "he'll put me in hospital" if I go to the AGM; the new address of a member who fled a violent ex sent out (the
    # fifty-eighth benchmark, session 42)
    rf"|\b(?:he|she|{_PARTNER_SAID})\b (?:\w+ ){{0,3}}(?:will|would|is going to|going to|gonna|ll) put (?:me|her|him) in (?:hospital|a&e|the hospital|intensive care|a wheelchair|the ground|a box|a coffin)\b"
    rf"|\b(?:fled|fleeing|escaped|escaping|ran from|hiding from) (?:a |an |her |his |their |my )?(?:violent |abusive |dangerous |controlling )?{_PARTNER_SAID}\b.{{0,80}}\b(?:address|where (?:she|he|they) lives?|location|postcode)\b"
    # an ex who posts threats and turns up though the police told him to stay away; hurt by her father for refusing the
    # marriage arranged for her (the sixty-first benchmark, session 44)
    r"|\bex\b.{0,60}\b(?:threat\w*|turn\w* up|turning up|show\w* up|showing up|follow\w*|stalk\w*|outside (?:my|her|his|the) (?:house|flat|work|door))\b.{0,100}"
    r"\b(?:police (?:have |has |had )?(?:told|warned) (?:him|her|them) to (?:stay away|keep away|leave (?:her|him|me) alone)|ignor\w* (?:it|that|them|the police|the order|the injunction|the warning)|breach\w* (?:the|his|her|a) (?:order|injunction|bail))\b"
    r"|\b(?:refused|refuses|refusing|said no to|saying no to|will not agree to|would not agree to|won t agree to) (?:the |a |an |her |his |my )?(?:\w+ )?marriage (?:that |which )?(?:they|he|she|her (?:family|parents|dad|father|mum|mother|uncle)|his (?:family|parents|dad|father|mum|mother)|my (?:family|parents|dad|father|mum|mother)) (?:have |has |had |ve |d )?(?:arranged|planned|set up|organised|fixed|agreed)\b"
    # an ex who uses the membership list to find where I live now; a husband who says he will "finish the job" (the
    # sixty-second benchmark, session 45)
    # an ex "sleeping outside her house in his car" (the sixty-sixth benchmark, session 48)
    r"|\bex\b.{0,60}\b(?:sleeping|slept|sleeps|camped|camping|sitting all night|parked all night|parked every night)\b.{0,20}\b(?:outside|opposite|across (?:the road )?from) (?:my|her|his|the|their) (?:house|home|flat|work|door|place)\b"
    r"|\bex\b.{0,80}\b(?:find|found|finding|track\w*|work out|worked out) (?:out )?where (?:i|she|he|we) (?:live|lives|am living|is living|moved to|have moved)\b"
    r"|\b(?:said|says|told|threatened|swore|swears)\b (?:\w+ ){0,3}(?:he|she) (?:will|is going to|is gonna) finish (?:the job|her off|me off|him off|what (?:he|she) started)\b"
    # "he broke the injunction again" (the sixty-seventh benchmark, session 49)
    rf"|\b(?:he|she|they|{_PARTNER_SAID})\b (?:has |have |s |ve )?(?:\w+ )?(?:broke|broken|breached|breaches|breaching|breaking|ignored|ignores|ignoring)"
    r" (?:the|his|her|my|our|their|a) (?:injunction|non molestation order|restraining order|protection order|occupation order|bail conditions)\b"
    # a small child telling of it: "daddy hurt mummy's face" (the sixty-ninth benchmark, session 50)
    r"|\b(?:daddy|dad|step ?dad|mummy s boyfriend|mum s boyfriend)\b (?:\w+ ){0,2}(?:hurt|hurts|hit|hits|beat|beats|beating|batters|punched|kicked|smacked|pushed|strangled|choked) (?:mummy|mum|mam|mommy|mummy s|mum s|mommy s)\b(?! (?:at|in|to)\b)"
    # her boyfriend has a knife and is looking for her; he will drive them all off the bridge (the seventy-first benchmark,
    # session 50)
    rf"|\b(?:her|my|your|their) {_PARTNER_SAID}\b (?:has|s got|has got|is carrying|s carrying|is holding|s holding) (?:got )?(?:a |an )?(?:knife|gun|machete|weapon)\b(?! (?:sharpener|block|set|skills|licen[cs]e|club)\b)"
    r"|\b(?:he|she)(?: s| is)? (?:going to|gonna|will|threatening to|threatened to|says he will|says she will) (?:drive|crash|swerve) (?:us|them|me|the kids|the children)(?: all)? (?:off|into)\b"
    r"|\b(?:daddy|dad|step ?dad)\b (?:\w+ ){0,2}made (?:mummy|mum|mam|mommy) s (?:face|nose|lip|lips|mouth|eye|head) bleed\b"
    # "daddy says he'll cut mummy if she goes away"; an ex who posted intimate photos of her to make her drop the
    # charges; "he's drunk and got a knife" (the seventy-second benchmark, session 51)
    r"|\b(?:daddy|dad|step ?dad|mummy s boyfriend|mum s boyfriend)\b (?:says|said|keeps saying|told \w+)(?: that)? (?:he will|he is going to|he is gonna|he would)"
    r" (?:cut|kill|hurt|stab|hit|burn|shoot) (?:mummy|mum|mam|mommy)\b(?! s\b)"
    r"|\bex\b.{0,40}\b(?:posted|shared|sent|put up|leaked|uploaded|posting|sharing) (?:\w+ ){0,3}(?:intimate|nude|naked|sexual|private|explicit) (?:photos|pictures|pics|images|videos)\b"
    r"|\b(?:he|she) is (?:drunk|pissed|wasted|off (?:his|her) (?:face|head)|high) and (?:has )?(?:got|has|holding|waving) (?:a |an )?(?:knife|machete|gun|hammer|bat|weapon)\b"
    # "can you delete this chat please. he checks my history"; an order against him that he ignores (the seventy-third
    # benchmark, session 51)
    r"|\b(?:delete|clear|wipe|remove) (?:this|the|our|my) (?:chat|conversation|messages?)\b.{0,40}\b(?:he|she|my (?:husband|partner|boyfriend|wife|girlfriend))"
    r" (?:checks|reads|looks at|goes through|monitors|sees|will see|will check) (?:my|the) (?:history|phone|messages|browser|search history)\b"
    r"|\b(?:order|injunction|non molestation order|restraining order) against (?:him|her)\b.{0,30}\b(?:ignores|ignored|ignoring|breaks|broke|breaking|breached|breaches)\b"
    # "need somewhere safe for me and dog"; a volunteer who must leave on the dot "or he'll get the hump", then a sling
    # she won't explain (the seventy-fourth benchmark, session 52)
    r"|\b(?:need|needs|needing|looking for|find|want|somewhere|anywhere)\b (?:\w+ ){0,2}(?:safe|safer) (?:to (?:go|stay|sleep|hide) )?for (?:me|us|myself) and (?:my |the |our )?"
    r"(?:dog|dogs|kids|children|child|baby|son|daughter|cat|little ones?|boys|girls|puppy)\b"
    r"|\b(?:he|him)(?: will| ll| would| d)? (?:get|gets|got|have|has) the hump\b.{0,200}\b(?:sling|bruis\w*|black eye|cast|plaster|limp\w*"
    r"|(?:would not|will not|wont|did not|refused to) (?:say|tell|talk about|explain))\b"
    # a stepdad who grabs her by the hair (the sixty-third benchmark, session 45)
    r"|\b(?:stepdad|step dad|stepfather|stepmum|step mum|dad|father|brother|husband|partner|boyfriend|son|uncle|mum|mother)\b.{0,30}\b(?:grab\w*|pull\w*|drag\w*) (?:her|him|me|them) (?:by|round by|across the room by|along by) (?:the|her|his|my|their) hair\b"
)


PARTNER = re.compile(
    r"\b(?:partner|husband|wife|boyfriend|girlfriend|ex|fiance|fiancee|other half|in laws|stepdad|stepmum|family)\b"
)


# Family who are "personally connected" (Domestic Abuse Act 2021, s.2): a grandson taking his nan's pension and
# threatening her is domestic abuse as well as an adult at risk (the sixty-fourth benchmark, session 46).
RELATIVE = re.compile(rf"\b(?:{KIN}|brother|sister)\b")
