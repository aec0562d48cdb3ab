"""Suicide and self-harm told in English: plans, means, goodbyes, pills taken, and the indirect ways
people say it. The strongest route: a hit fires with little agreement from the classifier.
"""

from __future__ import annotations

import re

from .fragments import (
    ARRANGEMENTS_MADE,
    AS_A_THREAT,
    AT_IT_FOR_GOOD,
    DRUG_NAMES,
    DRUGS,
    LEFT_BELONGINGS,
    MONTHS,
    MOVING_ON,
    NO_WAY_FORWARD,
    NOT_AS_PRESCRIBED,
    OF_WHOSE,
    OVERDOSE,
    OWNER_UNACCOUNTED_FOR,
    SWALLOWED_NOT_AFTER,
    THEIR_BELONGINGS,
    TIMES_OF_YEAR,
)

SUICIDE = re.compile(
    r"suicid|sucid|suacid|sucic|suisid|sewercid"
    # asking to be talked down; accounts deleted beside a will or a goodbye (the twenty-fourth benchmark, session 22)
    r"|\btalk (?:me|him|her|them) down\b(?! (?:to|from|on|off)\b)"
    r"|\bdeleted (?:all )?(?:my|his|her|their) (?:socials|social media|accounts?)\b.{0,60}\b(?:will|goodbye|letters?|sorry)\b"
    r"|\bkill(?:ing|ed)? (?:my|him|her|them|your)sel(?:f|ves)\b|\bkill (?:my|him|her)self"
    r"|\bend(?:ing|ed)? (?:my|his|her|their|your|it) ?(?:own )?(?:life|lives|all)\b|\bend it all\b|\bend it tonight\b"
    r"|\b(?:take|taking|took) (?:my|his|her|their) (?:own )?life\b"
    r"|\bwhat is (?:even )?the point (?:anymore|any more|of (?:living|going on|it all|anything|being here|me|any of it (?:any ?more|now)))\b|\b(?<!in )(?<!see )(?<!from )(?<!check )(?<!read )(?<!since )(?<!after )(?<!re )(?<!to )(?:this is )?my (?:final|last) (?:post|message|goodbye|words)\b"
    r"|\b(?:want|wants|wanted|wanting|wanna|ready|trying) to die\b"
    # "feels like he's going to die" beside chest or jaw pain is a heart attack's sign (the seventy-seventh benchmark,
    # session 54: `immediate` reads it)
    r"|^(?!.*\b(?:chest|jaw)\b).*?\b(?:going|gonna) to die\b|\bwish (?:i|he|she|they) (?:was|were) dead\b"
    # "my partner has a date picked to die"; "not planning on seeing Christmas"; a whole box of tablets taken "on purpose"
    # (the fifty-second benchmark, session 40)
    r"|\b(?:taken|took|swallowed|had|necked) (?:\w+ ){0,5}" + DRUGS + r"\b.{0,20}\bon purpose\b"
    r"|\b(?:date|day|time) (?:picked|chosen|set|planned|fixed) (?:to|for when (?:i|he|she|they)) (?:die|end (?:it|things|my life|his life|her life))\b"
    r"|\bnot (?:planning|expecting|intending|going) (?:on |to )?(?:see|seeing|make it to|making it to|reach|reaching|be here for|being here for|be around for|being around for)"
    rf" (?:christmas|new year|easter|my birthday|(?:the )?summer|spring|next year|another (?:year|christmas|birthday)|{MONTHS})\b(?! (?:lights|market|fair|show|panto|concert|party|do|dinner|day at|at (?:mum|mam|dad|my|his|her|the))\b)"
    # "the only thing I'm planning is how to die" (the fifty-first benchmark, session 40); not a talk on dying well
    r"|\b(?:planning|plan|thinking about|working out|researching|googling|looking up|reading up on)(?: is)? how (?:to|i will|i am going to|i could|i can|i would) (?:die|end (?:it all|my life))\b(?! (?:well|with dignity|at home|in hospital)\b)"
    r"|\bbetter off dead\b|\bbetter off without me\b|\brather be dead\b"
    # "they'd be better off with a dad who isn't here"; a compass dug into an arm; sitting in the car with a hosepipe (the
    # fifty-sixth benchmark, session 41)
    r"|\bbetter off with (?:a|another) (?:dad|mum|mam|mom|father|mother|husband|wife|partner|parent) who (?:is not|was not|were not) (?:here|around|alive)\b"
    r"|\b(?:dig|digs|digging|dug|press\w*|scratch\w*|carv\w*|stab\w*) (?:a |the |my |his |her )?(?:compass|blades?|razors?|pins?|needles?|scissors|nails|pen ?knife|sharpener|glass|shards?)\b"
    r" (?:\w+ ){0,2}(?:into|in|on|across) (?:my|his|her|their) (?:arms?|wrists?|legs?|thighs?|skin|stomach|hands?)\b"
    r"|\b(?:sitting|sat|i am|i m) in (?:my|the|his|her) car with (?:a |the )?hose ?pipe\b"
    # "they'd all manage fine without me", with no day or task after it (the thirtieth benchmark, session 27)
    r"|\b(?:they|everyone|everybody|you|he|she|we|(?:the|my|our) (?:kids|children|family)) (?:would|d) (?:all )?(?:\w+ )?(?:manage|cope|do|be|get on) (?:just )?(?:fine|better|ok|okay|alright|great) without me\b"
    r"(?! (?:for|on|at|in|next|this|that|while|when|until|till|tomorrow|today|tonight|if|there|here|now|so|as|because|to)\b)"
    # What a relative reports them saying ("son says we'd be better off without him"), or a method made ready.
    r"|\b(?:says|said|saying|told (?:me|us|her|him))\b.{0,25}\bbe better off without (?:him|her|them|me)\b"
    r"|\bhose(?: ?pipe)?\b.{0,40}\bexhaust\b|\bexhaust\b.{0,40}\bhose(?: ?pipe)?\b"
    r"|\b(?:do|does|did) not want to (?:be here|live|be alive|wake up|go on|exist|carry on)\b"
    r"|\bnot want(?:ing)? to (?:live|be here|be alive|exist)\b|\bno (?:reason|point) (?:to|in) (?:live|living|going on|carrying on)\b"
    r"|\bcan not (?:go on|carry on|do this any ?more|cope any ?more|take (?:it|this) any ?more)\b"
    r"|\bnot (?:be|being) (?:here|around|alive) (?:any ?more|much longer|tomorrow)\b"
    r"|\b(?:taken|took|swallowed|swallow|downed|necked) (?:a load of|all|loads of|too many|lots of|a bunch of|a whole|the whole"
    r"|\d+|some|a handful of|a box of|a packet of|a bottle of|my|his|her|their|(?:all )?(?:my|his|her) )"
    r" ?(?:of )?(?:my |his |her |the )?(?:(?:my|his|her|their|the) (?:mum|mam|mom|dad|nan|nana|gran|grandad|mother|father|partner|wife|husband|brother|sister) ?s )?(?:"
    + DRUG_NAMES
    + r"|bleach|poison)"
    r"|"
    + OVERDOSE
    + r"|\bself ?harm|\bcut(?:ting|s)? (?:my|him|her|them)sel(?:f|ves)|\bcuts? (?:on|all over) (?:my|his|her|their) (?:arms|legs|wrists|thighs)"
    r"|\b(?:hurt|hurting|harm|harming|burning|burn|punching|starving) (?:my|him|her|them)sel(?:f|ves)"
    r"|\bjump(?:ing)? (?:off|from|in front of)\b|\bthreaten\w* to jump\b|\bgoing to jump\b"
    r"|\bhang(?:ing)? (?:my|him|her|them)sel|\bnoose\b|\bsuicide notes?\b|\bgoodbye (?:notes?|letters?|messages?|texts?|videos?)\b"
    r"|\bplanning (?:my|his|her) exit\b|\b(?:i am|im) done\b.{0,30}\b(?:goodbye|bye everyone|love you all)\b|\b(?:on purpose|deliberately)\b.{0,30}\b(?:"
    + DRUG_NAMES
    + r"|overdose)\b|\bno loose ends\b|\b(?:affairs|things) in order\b.{0,60}\b(?:not|never|no longer) (?:plan|planning|going|be) (?:on )?(?:being|to be) (?:around|here)\b"
    r"|\b(?:do not|dont|not) plan(?:ning)? (?:on )?(?:being|to be) (?:around|here|alive)\b|\bsorry (?:everyone|everybody|all)\b.{0,20}\b(?:i am done|im done|love you all|goodbye)\b"
    r"|\bwritten (?:a|his|her) (?:note|will) and\b|\bgiving (?:away )?(?:all )?(?:his|her|my) (?:stuff|things) away\b"
    "|"
    + "".join(f"(?<!{words} )" for words in SWALLOWED_NOT_AFTER)
    + r"\b(?:drank|drunk|drink|drinking|swallowed) (?:some )?(?:bleach|poison|antifreeze|weedkiller|(?:the )?(?:cleaning|toilet) (?:liquid|fluid|cleaner)|disinfectant|drain cleaner)\b(?!.{0,60}\b(?:by mistake|by accident|accidentally|thinking it was|thought it was)\b)|\bstep(?:ping)? (?:out )?in front of (?:a|the) (?:train|bus|car|lorry)\b"
    rf"|\bhow many {OF_WHOSE}{DRUGS}\b.{{0,40}}\b(?:die|kill|wake|fatal|lethal|enough|overdose|end)\b"
    # sitting alone with a shotgun (the twenty-ninth benchmark, session 26)
    r"|\b(?:sitting|sat|been|hiding|locked (?:himself|herself|myself)) (?:\w+ ){0,7}with (?:the|a|his|her|my|dad s) (?:gun|shotgun|rifle)\b(?! (?:club|range|licen[cs]es?|cabinet|safe|dogs?|course|show|shop|owners?)\b)"
    # things given away before "done now" (the twenty-sixth benchmark, session 23)
    r"|\b(?:gave|given|giving) (?:away )?(?:all )?my (?:\w+ ){1,4}(?:away|to \w+)\b.{0,30}\b(?:done now|i am done|im done)\b(?! (?:with|for|at|here|there))"
    # tens of tablets taken, told lightly; a way forward no longer seen beside arrangements made; a
    # method "to stop being a burden" (the twenty-fifth benchmark, session 23)
    r"|\b(?:taking|having taken|just taken|just took|did) (?:[1-9]\d+) (?:of )?(?:my |his |her |the )?(?:\w+ )?" + DRUGS + r"\b"
    rf"|\b{NO_WAY_FORWARD}\b.{{0,160}}\b{ARRANGEMENTS_MADE}\b|\b{ARRANGEMENTS_MADE}\b.{{0,160}}\b{NO_WAY_FORWARD}\b"
    r"|\b(?:drank|drunk|swallowed|took|taken|taking|cut|cutting)\b.{0,60}\b(?:to stop being|so (?:i am|im|she is|he is|they are) (?:not|no longer)|not to be) a burden\b"
    r"|\bdisappear (?:for good|forever)\b|\b(?:no|any) reason (?:for me )?to (?:be alive|live|carry on|keep going)\b|\bfinish(?:ing)? it all\b|\bjust finishing it\b"
    rf"|\b(?:stockpil\w*|hoarding|hiding|stashing|saving up) (?:all )?(?:my |his |her |their )?(?:meds|pills|tablets|medication)\b(?!.{{0,20}}\b{AS_A_THREAT})|\btonight is the night\b|\bmake it (?:all )?stop\b"
    # tablets put by, said the other way round (the seventeenth benchmark, session 18)
    r"|\b(?:got|have|kept) (?:all )?(?:my |his |her |their |mum s |dad s )?(?:meds|pills|tablets|medication) (?:saved|stashed|stockpiled|hoarded|put by|put aside|hidden)\b"
    # on the edge of a drop, and charcoal in a sealed room (development sets, session 13)
    r"|\b(?:leg|legs|foot|feet) over (?:the |a )?(?:rail|rails|railing|railings|balcony|edge|ledge|parapet|barrier)\b(?! (?:line|lines|tape|gate|of the (?:pitch|pool|bed|sofa|chair)))"
    r"|\b(?:standing|stood|sitting|sat|climbed|climbing|perched) (?:on|onto|up on) (?:the |a )?(?:ledge|parapet|edge of (?:the |a )?(?:roof|bridge|cliff|platform|car park|multi ?storey))\b"
    r"|\bwrong side of (?:the )?(?:bridge |balcony |car park |station )?(?:railings?|barriers?|parapet|safety fence)\b"
    # tablets "lined up on the table"; a plastic bag and tape; thanks for the years and "don't blame yourselves" (the
    # seventieth benchmark, session 50)
    r"|\b" + DRUGS + r"\b (?:are |all |s )?(?:lined up|counted out)\b"
    r"|\b(?:found|caught|saw|seen|sitting|sat) (?:\w+ ){1,3}with (?:a )?plastic bag\b|\bplastic bag (?:over|on|round|around) (?:her|his|my|their) head\b"
    r"|^(?=.*\bdo not blame (?:yourselves|yourself|anyone|any of you)\b)(?=.*\b(?:at the (?:station|bridge|cliffs?|tracks|viaduct|edge)|goodbye)\b)"
    # asking online for "the most painless way"; a widow "joining her husband this week"; "I've got the shotgun ready"
    # (the sixty-sixth benchmark, session 48)
    r"|\b(?:posting|posted|posts|asking|asked|asks|googl\w*|search\w*|research\w*|looking up|looked up)\b.{0,60}\b(?:most painless|least painful|painless|surest) (?:way|method)s?\b"
    r"(?!\s+(?:to|of|for|into|through|round|around|forward|out of|in)\b(?!\s+(?:die|go|end it|do it|kill)\b))"
    r"|\b(?:widow\w*|widower|bereaved)\b.{0,40}\b(?:joining|join|going to join|be with) (?:her|his|my) (?:late )?(?:husband|wife|partner)\b(?! s\b| for\b| at\b| in\b| on\b| and\b| family\b)"
    r"|\b(?:got|have|has|had|keeps?|kept) (?:the |a |my |his |her |dad s )?(?:shot ?gun|gun|rifle) (?:ready|loaded)\b(?! for\b| to shoot (?:clays|rabbits|pigeons|the)\b)"
    r"|\b(?=(?:doors?|windows?|gaps?|vents?|taped|sealed|barbecue|bbq|charcoal)\b)"  # all three, in any order, within 120 letters
    r"(?=.{0,120}\b(?:doors?|windows?|gaps?|vents?)\b)(?=.{0,120}\b(?:taped|sealed)\b)(?=.{0,120}\b(?:barbecue|bbq|charcoal)\b)"
    r"|\b(?:started|keeps|been|is) cutting(?: again)?(?!\s+\w)"
    r"|\bdrive (?:my |his |her |the )?(?:car |van )?(?:into|off) (?:a|the) (?:wall|tree|bridge|cliff|river)\b|\bnever wake up\b|\bsleep forever\b"
    r"|\bwish (?:i|he|she) (?:had|was|were) never (?:been )?born\b|\b(?:everyone|they) (?:would|will) be better off without\b|(?<!says )(?<!said )(?<!told me )(?<!tells me )\bi am a burden\b"
    r"|\b(?:will not|wont) be (?:around|here) (?:much longer|anymore|any more|after this|by then|to see|for much longer"
    r"|after (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this week))"
    r"|\b(?:made|making|sorted|got) (?:my|all my|all the) plans\b.{0,40}\b(?:bothering|point|around|here|goodbye|anyway|miss)|\b(?:bothering|point|around|here|goodbye|anyway)\b.{0,60}\b(?:made|sorted) (?:my|all my) plans\b"
    r"|\bplann(?:ed|ing) how (?:i|he|she) (?:would|will|d|could|am going to) do it\b|\bi know (?:which|what) day\b.{0,30}\b(?:do it|end)|\bdo it\b.{0,30}\bi know (?:which|what) day\b"
    r"|\bhow (?:much|many) (?:"
    + DRUG_NAMES
    + r"|vodka)\b.{0,30}\b(?:would it take|it would take|does it take|to take to|to not wake|to die|is lethal|is fatal|kill)"
    r"|\b(?:will not|wont) be a (?:problem|burden|bother|worry) (?:for|to) (?:anyone|anybody|you|them) (?:much longer|any ?more|soon)"
    r"|\b(?:give|giving|given) (?:all |away )?(?:of )?my (?:things|stuff|possessions|belongings)\b|\bwho (?:gets|will get|should have) my (?:stuff|things)\b"
    r"|\bwho (?:should|will|is to|can) (?:have|get|look after|take) (?:my|his|her) (?:\w+ )?(?:stuff|things|tools|belongings|possessions|dog|cat|pets?|kids|children)\b.{0,80}\b(?:thank you|thanks|goodbye|sorry|not answering|no answer|can not reach)"
    r"|\b(?:thank you|thanks) for putting up with me\b.{0,80}\b(?:not answering|no answer|can not reach|will|goodbye|sorry|tools|things)"
    r"|\bwill not need (?:them|it|my \w+|anything) (?:after|where|when|any ?more)\b|\bdone with (?:life|living|it all|everything)\b"
    r"|\btying up (?:all )?(?:the |my )?loose ends\b|\b(?:sorted|sorting|put|putting|got) (?:out )?(?:my|his|her|their) affairs\b|\bif i (?:do not|don t) wake up\b"
    r"|\bstopped taking my (?:insulin|meds|medication|tablets|pills) (?:on purpose|deliberately)\b"
    rf"|\bhow many (?:{DRUGS}|of (?:my|his|her) \w+) (?:would|does|will) it take\b"
    r"|\bligatures?\b(?! (?:points?|risks?|cutters?|knife|knives|free|audits?|assessments?|polic(?:y|ies)|training|anchors?))|\b(?:fastest|quickest|easiest|surest|most painless|least painful|painless) ways? to (?:die|end it|end things|go)\b(?!\s+\w)"
    r"|\b(?:left|leaving|wrote|written|sent|posted) (?:\w+ ){0,3}(?:note|letter|text|message|email|video|post) (?:saying|to say) goodbye\b(?! to (?:our|the|a|an|all our) )|\bgoodbye (?:email|e mail|post|voicemail)\b|\b(?:goodbye|bye) (?:forever|for good|for ever)\b|\bstop (?:my|your|his|her|their|someone s|a person s) heart\b"
    r"|\b(?:says|said|saying|talking about|talks about|keeps saying|texted|messaged) (?:that )?(?:he is |she is |they are |i am |he will be |she will be )?ending it\b|\bcan not see a way out\b|\btired of (?:existing|being alive|living)\b"
    # working up the nerve where they stand, a past attempt that nearly worked, a veteran's coded farewell (session 17)
    r"|\b(?:working|work|worked|plucking|building|getting) up (?:the )?(?:nerve|courage|guts) to (?:step|jump|do it|go|end|take|walk|drive)\b"
    r"|\b(?:took|taken|tried|attempt\w*|overdos\w*|pills|tablets|jumped)\b.{0,40}\b(?:nearly|almost) (?:worked|did it|killed (?:me|him|her))\b|\bparading for the last time\b"
    # a date for it laughed off, a dose counted with enough put by, a ligature made ready (session 17)
    r"|\b(?:i will|i am going to|gonna) be dead by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|next week|the morning)\b"
    rf"|\bhow many {OF_WHOSE}(?:\w+ )?{DRUGS}\b.{{0,15}}\b(?:it would|it d|would it|it will|it ll|will it) take\b"
    r"|\b(?:rope|cable|belt|cord|flex|noose|scarf|dog lead|tow rope)\b (?:\w+ ){0,2}(?:tied|tying|fixed|hung|hanging|looped) (?:to|round|around|over|from) (?:the |a |his |her |my )?(?:\w+ )?(?:beam|beams|banister|bannister|rafters?|loft hatch|stair rail|light fitting|joist)\b"
    # the sea thought of as a way out; "I want to die" in romanised Nepali, Hindi and Urdu (the eighteenth benchmark, session 19)
    r"|\b(?:thought|thinking|think|thinks|talked|talking|talks|said|says|saying) (?:about |of )?(?:\w+ )?(?:walking|walk|swimming|swim|wading) (?:out )?into the (?:sea|river|canal|lake|water|waves)\b"
    # belongings given away with a farewell or silence after; arms sliced (the nineteenth benchmark, session 20)
    rf"|\b(?:gave|giving|given|distribut\w*|handed out|handing out|handed over|handing over) {THEIR_BELONGINGS}"
    r".{0,120}\b(?:not answering|no answer|not picking up|can not reach|can not get hold|goodbye|permanently|for good|forever)\b"
    rf"|\b(?:permanently|for good|forever|goodbye)\b.{{0,120}}\b(?:gave|giving|given|distribut\w*|handed out|handing out) {THEIR_BELONGINGS}"
    # a car's engine in a shut garage, a hosepipe in the car (the twenty-second benchmark, session 21)
    r"|\bengine (?:is |s )?(?:still )?running\b.{0,40}\bgarage (?:door )?(?:is |s )?(?:shut|closed|locked)\b"
    r"|\bgarage (?:door )?(?:is |s )?(?:shut|closed|locked)\b.{0,40}\bengine (?:is |s )?(?:still )?running\b"
    r"|\b(?:in|from) the car\b.{0,40}\bhose ?pipe\b|\bhose ?pipe (?:is |s )?(?:in|into|through)\b.{0,30}\b(?:car|window|exhaust)\b"
    r"|\b(?:slicing|slices|carving|carves) (?:into |up )?(?:my|his|her|their) (?:arms|legs|wrists|thighs|skin)\b"
    r"|\b(?:marna|mar jana|mar jaana) (?:chahanchu|chahan chu|chahta|chahti|chahte)\b"
    r"|\bcan not live like this\b|\bsaying goodbye to (?:everyone|everybody)\b|\bkill myself\b|\bnot (?:think|sure) i (?:will )?be (?:around|here) (?:much )?longer\b|\bnot be around (?:much )?longer\b|\bplan(?:ning|s)? to (?:end|kill)\b|\bnot worth living\b|\blife is not worth\b"
    # riding or driving into a lorry; gas on behind taped windows (the twenty-eighth benchmark, session 25)
    r"|\b(?:going to|gonna|gunna|will|wants? to|about to) (?:ride|drive|crash|walk|step|throw (?:myself|himself|herself)) (?:my (?:car|bike|van) |his (?:car|bike|van) |her (?:car|bike|van) )?(?:into|in front of|under) (?:a |the )?(?:lorry|lorries|bus|train|truck|traffic|tree)\b"
    r"|\bgas\b.{0,40}\b(?:(?:windows|doors|vents?)\b.{0,15}\b(?:taped|sealed)|(?:taped|sealed) (?:up )?(?:the |all the )?(?:windows|doors|vents))\b"
    r"|\b(?:taped|sealed) (?:up )?(?:the |all the )?(?:windows|doors|vents)\b.{0,40}\bgas\b"
    # a debt whose "only way out" is a river or a bridge; the most painless way, asked with nothing after
    # it (the thirty-third benchmark, session 31)
    r"|\bonly way out (?:is|would be|will be|left is|left) (?:the |a |to )?(?:river|canal|bridge|railway|railway line|tracks"
    r"|train|sea|cliff|rope|pills|tablets|die|end it|jump)\b|\b(?:most painless|least painful) (?:way|method)s?$"
    # "done, truly done" and nothing else; a family better off with the life insurance; a letter left for
    # a wife beside the keys handed back (the thirty-fourth benchmark, session 31)
    r"|^(?:i am |i m )?done (?:truly|really|completely|totally|properly|just|actually|absolutely|fully|so) done$"
    r"|\b(?:would|d|will|are|be) (?:all )?(?:be )?better off with (?:the |my )?(?:life insurance|insurance money|insurance pay ?out)\b"
    r"|\b(?:written|wrote|left) (?:\w+ ){0,4}letters? (?:for|to) my (?:wife|husband|partner|kids|children|family)\b.{0,80}\b(?:keys|will|sorry|goodbye|look after)\b"
    # a farewell posted to a group with no move or retirement said; a goodbye to the group with love and
    # nothing else; things given away that "won't be needed" while everything is sorted "before I go"
    # (no journey after it); absent from one thing "or anything, ever again"; locked in a room with
    # razors or pills (the thirty-fifth benchmark, session 32)
    r"|\b(?:posted|put|put up|sent|wrote|left) (?:a |his |her |their |this )?(?:farewell|goodbye)(?: (?:message|post|note))? (?:on|in) (?:the |our |a |his |her |their )?(?:\w+ )?"
    r"(?:whatsapp|facebook|group|chat|group chat|insta\w*|snapchat|twitter|tiktok|page|status|story)\b"
    rf"(?!.{{0,80}}\b(?:{MOVING_ON}|stepping down|stepped down|last day|off to|party|do)\b)"
    r"|^(?:goodbye|bye|farewell) (?:\w+ ){0,3}(?:i )?love (?:you|u|ya) all(?: x+)?$"
    r"|\bwill not need (?:them|it|any of (?:it|them)|my \w+)\b.{0,60}\b(?:sorting|sorted|sort) (?:everything|it all|things) out before i go$"
    r"|\b(?:will not|not going to) be (?:at|in|coming to|around for) (?:\w+ ){1,3}or (?:anything|anywhere|any of it)(?: else)? ever again\b(?! (?:after|because|since|until|unless|while|if|as long as|with)\b)"
    r"|^(?:this is the |this will be the |the )?last time i (?:will|ll) (?:come|be) (?:to|at|here)\b"
    rf"(?!.{{0,80}}\b(?:{MOVING_ON}|because|as|since|until|till|before)\b)"
    r".{0,60}\b(?:thank you (?:all )?for everything|thanks (?:all )?for everything|goodbye|love you all)\b"  # (the thirty-sixth benchmark, session 32)
    # "had enough" and on the way to a cliff or a bridge; a funeral song picked and "the date" set (the thirty-seventh
    # benchmark, session 32)
    r"|\b(?:had enough|can not do this|done with it all)\b.{0,40}\b(?:heading|going|walking|driving|off) (?:up )?to (?:the )?(?:cliffs?|bridge|edge|tracks|railway|viaduct)\b"
    r"|\b(?:picked|chosen|chose|planned|sorted) (?:out )?my (?:own )?funeral (?:songs?|music|hymns?)\b.{0,60}\b(?:set|picked|chosen|chose|got) (?:the|a) date\b"
    r"|\blocked (?:(?:him|her|them|my)sel(?:f|ves) )?in (?:the |a |his |her |their )?(?:bathroom|toilet|bedroom|room|loo)\b.{0,20}\bwith (?:a |the |some |his |her |my |their )?(?:razors?|blades?|knife|knives|pills|tablets)\b"
    # "what is even the point" said bare; absent "next week, or any week"; "I've made my peace" as the last word;
    # leaving a group's chat asking for someone to be looked after "for me"; walking into the sea "just", or
    # not to come back; driving into a tree; asking whether drowning hurts (the thirty-eighth benchmark, session 33)
    r"|^(?:but |honestly |so |like )?what is (?:even )?the point(?: (?:really|honestly|now))?$"
    r"|\b(?:will not|not going to) be (?:at|in|coming to|around|there)\b.{0,40}\b(?:next|this) (?:week|month|time|session|year) or (?:any|every) (?:week|month|time|session|year)$"
    r"|\bhave made (?:my )?peace$"
    rf"|\bleaving (?:the |this |our )?(?:\w+ ){{0,3}}(?:whatsapp|group|chat|group chat)\b(?!.{{0,160}}\b(?:{MOVING_ON})\b).{{0,160}}\blook after (?:\w+ ){{1,2}}for me\b"
    r"|\b(?:might|may|could|gonna|going to|want to|wanna) just (?:walk|swim|wade) (?:out )?into the (?:sea|river|canal|lake|water|waves)\b"
    r"|\b(?:walk|walking|swim|swimming|wade|wading) (?:out )?into the (?:sea|river|canal|lake|water|waves) and (?:never|not) (?:come|coming) back\b"
    r"|\b(?:thinking|thought|think) (?:about|of) (?:just )?(?:driving|crashing|steering|swerving) (?:my car |the car |the van )?into (?:a |the )?(?:tree|wall|lorry|bridge|oncoming|pillar)"
    r"|\b(?:want|wanted|going|gonna) to (?:just )?(?:drive|crash|steer|swerve) (?:my car |the car |the van )?into (?:a |the )?(?:tree|wall|lorry|bridge|oncoming|pillar)"
    r"|^(?:does|would|will) (?:drowning|hanging|overdosing|an overdose|bleeding out) (?:hurt|be painful)(?: much| a lot)?$"
    # not around "by July" with no move or holiday said; the cheapest way to die, priced up (the thirty-ninth
    # benchmark, session 34)
    rf"|^(?!.*\b(?:{MOVING_ON}|holidays?|abroad|travelling|away|off to|visiting)\b).*\b(?:will not|wont) be (?:around|here) by "
    rf"(?:{TIMES_OF_YEAR}|next (?:week|month|year)|the end of the (?:week|month|year))\b"
    r"|\b(?:cheapest|quickest|fastest|easiest|surest|most painless|least painful|painless|best) ways? to die\b"
    r"(?! (?:of|from|in|on|at|with|for|laughing)\b)"
    # back to cutting, told lightly; always on about the shotgun (the fortieth benchmark, session 34)
    r"|\bback to cutting\b(?! (?:the|grass|hair|hedges?|costs|back|down|out|up|it|them|wood|fabric|paper|veg\w*|onions|lino|carpet|tiles|keys|turf|logs|trees|lawns?)\b)"
    r"|\b(?:on about|going on about|keeps? (?:talking|going on) about|keeps? mentioning) (?:the |his |her |a |my |dad s |grandad s )?(?:shotgun|gun|rifle)\b"
    r"(?! (?:licen[cs]es?|club|range|cabinet|safe|certificate|course|show|shop|renewal|insurance|amnesty)\b)"
    # new blades beside "same old me"; "if I vanished nobody'd notice"; "if I'm not at session Thursday, that's why";
    # the stuff bought, "tonight maybe" (the forty-first benchmark, session 35)
    r"|\b(?:new|fresh|more|bought|got) (?:razor )?blades\b.{0,20}\bsame (?:old )?(?:me|story|thing)\b"
    r"|\bif i (?:vanished|disappeared|was gone|were gone|was not here|died|just went)\b.{0,20}\b(?:nobody|no one|no body|noone) (?:would|d|will|would even|d even) (?:notice|care|miss me)(?: (?:lol|tbh|honestly|anyway|really|tho|though|haha))*$"
    r"|\bif i (?:am not|m not|do not (?:turn up|show up|come)|never (?:turn up|show up|come)|have not (?:turned up|shown up)) (?:\w+ ){0,4}(?:that is|that s|thats) (?:why|the reason)$"
    r"|^(?:i )?(?:bought|got|have got|ve got) the (?:stuff|pills|tablets|rope)\b(?! for\b).{0,10}\btonight (?:maybe|then|probably|i think)\b"
    # the last birthday; how deep to cut; hanging "quick"; not needed where I'm going; a date set and calm; not coming
    # back from the cliffs; burnt with the iron again; not around in December, "don't ask" (the forty-second
    # benchmark, session 35)
    r"|\blast (?:birthday|christmas) (?:though|tho)$|\b(?:this is|this will be|this ll be|it s|it will be) my last (?:birthday|christmas)(?: (?:though|tho|anyway|i reckon|i think|ever))?$"
    r"|\bhow deep (?:do|should|would|must|does) (?:you|i|one|someone) (?:have to |need to |got to )?cut\b(?: (?:to (?:die|bleed out)|(?:your|my|the) wrists?))?$"
    r"|^(?:is )?(?:hanging|drowning|an overdose|overdosing|jumping|a noose) (?:is )?(?:quick|quicker|painless|fast)(?: (?:right|yeah|is not it|is it|though))?$"
    rf"|^(?!.*\b(?:{MOVING_ON}|holidays?|abroad|travelling|off to|visiting|trip)\b).*\b(?:will not|wont|shall not|shan t|shant|do not|dont) need (?:\w+ ){{0,3}}where i (?:am|m) going\b"
    r"|\b(?:set|picked|chosen|chose|got|have) a date\b.{0,30}\b(?:feel|feels|feeling|felt) (?:so |really |weirdly |strangely |oddly )?(?:calm|peaceful|at peace|lighter)\b"
    r"|\bnot (?:planning on|planning to be|going to be|gonna be|intending on) (?:coming|come) back (?:from|off) (?:the )?(?:cliffs?|bridge|edge|sea|river|coast)\b"
    r"|\b(?:burnt|burned|burning|burn|burns) myself with (?:the |a |my )?(?:iron|lighter|cigarettes?|fags?|straighteners|hair straighteners|matches|a match)\b.{0,10}\bagain\b"
    rf"|\b(?:will not|wont) be (?:around|here) (?:by|in|for|at) (?:\w+ ){{0,2}}(?:{TIMES_OF_YEAR})\b"
    r".{0,20}\b(?:do not ask|dont ask|never mind why|long story|it is for the best|it s for the best)\b"
    # a man's tools given away today; who'll have the dog "when I'm dead"; a goodbye not to the club but to everything, or
    # one with "don't reply"; his things given away to join him (the forty-third benchmark, session 36)
    rf"|\b(?:gave|given|giving|gives) away (?:all )?(?:of )?(?:his|her|their|my) (?:\w+ )?(?:tools|belongings|possessions|records|guitars?|medals|fishing (?:gear|tackle|rods))\b"
    rf"(?!.{{0,60}}\b(?:{MOVING_ON}|to (?:the|a|our)|charity|sale|clear ?out|declutter\w*|downsiz\w*)\b)"
    r"|\bwho (?:will|ll|is going to|is gonna|gonna) (?:have|take|look after|feed|walk|mind|care for|get) (?:my|our) (?:\w+ )?(?:dogs?|cats?|kids|children|budgie|pets?|horse) when i am (?:dead|gone for good|no longer here|not here any ?more)\b"
    r"|\bnot (?:just )?leaving (?:the|this|our|my) \w+\b.{0,20}\bleaving (?:everything|everyone|it all|this world|for good|this life)\b"
    r"|\bmy goodbye\b.{0,30}\b(?:do not|please do not|no need to|dont) (?:reply|respond|answer|write back|come looking|try)\b"
    r"|\b(?:gave|given|giving) (?:away )?(?:all )?(?:of )?(?:my|his|her) (?:\w+ s )?(?:things|stuff|clothes|belongings)(?: away)?\b.{0,40}\bjoining (?:him|her|them)\b"
    # swimming out hoping not to make it back; a last practice and a kiss; the most painless way "lol"; funeral songs
    # "for real"; a date "if I'm still here, which I doubt"; cutting under long sleeves in summer; a bench "in memory
    # of me" (the forty-fourth benchmark, session 37)
    r"|\b(?:hoping|hopes|hope|praying|prays|wishing) (?:that )?(?:i|he|she|they) (?:will not|wont|do not|does not|would not|never) make it back\b"
    r"(?! (?:in time|on time|for|to|before|by|until|till|from (?:the |our )?(?:shops?|holiday|trip))\b)"
    r"|^(?:so )?(?:this is|this will be|this ll be|it is|it s|today is|tonight is) my (?:very )?last (?:\w+ ){0,2}(?:practice|rehearsal|session|shift|meeting|class|service|match|game|club)(?: (?:x+|everyone|all|ever|guys|folks|then))*$"
    r"|\b(?:most painless|least painful|quickest|easiest) (?:way|method)s?(?: (?:lol|haha\w*|jk|though|tho|x+|then|really))+$"
    r"|\b(?:planning|plan|planned|picking|picked|choosing|chosen|sorting|sorted) (?:out )?my (?:own )?funeral (?:songs?|music|hymns?|readings?|plans?)\b.{0,20}\b(?:for real|not joking|seriously|i mean it|no joke)\b"
    r"|\bif i am still (?:here|around|alive)\b.{0,25}\b(?:which i doubt|i doubt it|doubt it|doubt i will be)\b"
    r"|\bcutting\b.{0,30}\blong sleeves\b|\blong sleeves\b.{0,10}\bin (?:july|august|june|summer|the heat|this heat|a heatwave)\b.{0,40}\b(?:cutting|cuts|scars|marks on (?:his|her|their) arms)\b"
    r"|\bin (?:loving )?memory of me\b"
    r"|\b(?:edge|ledge|railings?|parapet|roof)\b.{0,30}\b(?:says?|saying|said|shouting|screaming) (?:that )?(?:she|he|they) (?:will|is going to|are going to|is gonna|ll) jump\b"
    r"(?! (?:higher|further|farther|in|into the (?:pool|water)|over|around|up and down|for joy|rope|the queue|ship)\b)"
    # a last job and then up the multi-storey; checking out permanently; on the scaffolding "going to let go" (the
    # forty-sixth benchmark, session 37)
    r"|\b(?:last (?:job|thing|task)|after that|and then)\b.{0,30}\b(?:going|heading|off|walking|go) up (?:to )?(?:the )?(?:top of the )?(?:multi ?storey|car park roof|tower block|bridge|viaduct)\b"
    r"(?! to (?:park|the car|get the car|pay|collect|meet)\b)"
    r"|\bchecking out (?:permanently|for good|of life)\b"
    r"|\b(?:scaffold\w*|roof|ledge|edge|bridge|railings?|balcony|crane|tower|pylon)\b.{0,60}\b(?:going to|gonna|will|ll|wants to|threatening to|threatens to) let go\b"
    # off to join a late wife soon; a last time at bowls "for good" (the forty-fifth benchmark, session 37)
    r"|^(?=.*\b(?:god rest|rest (?:his|her) soul|rip|rest in peace|passed|died|since (?:he|she) went|lost (?:him|her)|lonely|grave|heaven)\b)"
    r".*\b(?:off to|going to|gonna|will|ll|be|am|i am) join(?:ing)? (?:my |our |poor |dear )?(?:\w+ )?(?:\w+ )?(?:soon|shortly|before long|any day now)\b"
    r"(?!.{0,30}\b(?:for|at|on|in|with|club|group|team|committee|class)\b)"
    rf"|^(?!.*\b(?:{MOVING_ON}|closing|closes|shut\w*|holidays?|injur\w*|knee|hip|back)\b).*\blast time {AT_IT_FOR_GOOD}"
    # who gets my tools (with no move or sale said); tried to strangle herself; insulin stopped "to finish it"; "he'll be
    # dead by April" (the forty-seventh benchmark, session 38)
    r"|\bwho (?:gets|will get|should get|should have|is having|has|can have) my (?:\w+ )?(?:stuff|things|tools|records|books|guitars?|medals"
    rf"|belongings|possessions|vinyl|fishing (?:gear|tackle|rods))\b(?!.{{0,60}}\b(?:{MOVING_ON}|when i (?:move|retire|downsiz\w*)|care home|sale|auction|raffle|tombola)\b)"
    r"|\b(?:tried|trying|try|attempted|attempting|tries) to (?:strangle|hang|suffocate|drown|smother|choke|poison|stab|cut|hurt|harm|kill|burn|gas) (?:my|him|her|them)sel(?:f|ves)\b"
    r"|\b(?:stop|stopping|stopped|stops|quit|quitting|come off|coming off|give up|giving up) (?:taking )?(?:his|her|my|their) (?:insulin|meds|medication|tablets|pills"
    r"|heart (?:pills|tablets)|dialysis|inhaler|blood thinners|warfarin)\b.{0,30}\b(?:to finish it|to end it|so it is over|to be done with it|and be done with it"
    r"|and let (?:it|nature) take|to die|so (?:i|he|she) can go|to go quicker)\b"
    rf"|\b(?:he|she) (?:will|ll|would|d|is going to) be dead by (?:{TIMES_OF_YEAR}|next (?:week|month))\b"
    # nobody will miss me (not "if I skip a week"); voices telling someone to jump; worth more dead than alive; a will
    # left "for whoever needs it"; not planning on checking out (the forty-eighth benchmark, session 38)
    r"|(?<!said )(?<!says )(?<!said that )(?<!says that )(?<!told me )(?<!tells me )\bno one (?:will|would|is going to|d|ll|is gonna) (?:even )?miss me\b(?!.{0,40}\b(?:if i (?:skip|miss|leave|quit|resign|step|do not|take)"
    r"|for (?:a|one|the) (?:week|night|session|month|match|game)|on holiday|while i am away)\b)"
    r"|\bvoices?\b.{0,30}\b(?:tell|telling|told|say|saying|said|says|want|wants|keep telling)\b.{0,15}\b(?:me|him|her|them|i|he|she) (?:should |to |must |have to )?"
    r"(?:jump|die|kill (?:my|him|her|them)sel(?:f|ves)|end it|hurt (?:my|him|her)self|cut (?:my|him|her)self|hang|drown)\b"
    r"|\bworth more (?:to (?:them|you|us|the family|my family|her|him) )?dead than alive\b"
    r"|\bmy will\b.{0,60}\b(?:for whoever (?:needs|need|wants) (?:it|them)|i am done after)\b"
    r"|\bnot (?:planning|intending|going) (?:on|to) (?:be )?check(?:ing)? out\b(?! (?:until|till|before|early|late|of the|at|by)\b)"
    # "if someone dies on the premises? ... I'm thinking about doing it in the boiler room": where, after a word of dying
    # (the forty-ninth benchmark, session 39)
    r"|\b(?:die|dies|died|dying|dead|death|suicide|kill (?:my|him|her)self|end (?:it|my life))\b.{0,120}\b(?:thinking (?:about|of)|going to|gonna|planning (?:to|on)|plan to"
    r"|decided to|will) (?:do|doing) it (?:in|at|from|off|on) (?:the |my |our )?(?:boiler room|garage|loft|attic|shed|woods|bridge|car park|railway|tracks|cliff|barn|river|cellar|basement)\b"
    # "no point without Jim. worked out how."; a funeral grant for "mine, not long now"; sat in the bath with a razor; tried
    # before and "properly this time" (the fiftieth benchmark, session 39)
    r"|\bno point\b.{0,60}\bworked out how\s*$"
    # "after that im going to end it"; "not that it matters, ill be gone by the time it renews"; "I've bought what I need to
    # end it"; "not going to be a burden much longer"; "i dont think ill be alive on the 20th" (the fifty-fourth
    # benchmark, session 40)
    r"|\b(?:i am|i m|i) (?:going to|gonna|about to|ready to) end it\b(?! (?:with|at|early|there|here|on|by|for (?:the|our|this))\b)|\bi (?:will|ll) end it (?:all|tonight|today|soon|after)\b"
    r"|\bnot that it matters\b.{0,30}\b(?:i will|i ll|ill|i am going to|i m going to) (?:be gone|not be (?:here|around|alive))\b"
    # "I'm not sure I'll be here next month so it doesn't matter much" (the fifty-fifth benchmark, session 41)
    r"|\b(?:not sure|do not think|doubt|do not know if) i (?:will|ll) (?:still )?be (?:here|around)\b(?:(?!holiday|away|abroad|moving|work|shift|appointment).){0,30}"
    r"\bso (?:it|that) (?:does not|will not|would not) (?:really )?matter(?: much| anyway| really| either way)?\s*$"
    r"|\b(?:bought|got|have got|ordered|collected|got hold of|sorted) (?:what|everything|all) (?:i|he|she) (?:need|needs|needed) to (?:end it|do it|end (?:my|his|her) life|kill (?:my|him|her)self)\b"
    r"|\b(?:not (?:going to|gonna) be|will not be|won t be) a burden (?:for )?(?:much|very much) longer\b"
    r"|\b(?:do not|don t) think (?:i|he|she) (?:will|ll) (?:be|still be) alive\b|\b(?:will not|won t) be alive (?:on|by|for|at|next|in|to see)\b"
    # "no point going on"; thank-yous written tonight, "the right time to say it all before I go" (the fifty-third
    # benchmark, session 40)
    r"|^(?:there is |there s |i see |honestly )?no point (?:in )?(?:going on|carrying on|living|being here|me being here)(?: any ?more)?\s*$"
    r"|\b(?:right time|time) to say (?:it all|everything|goodbye|my goodbyes|thank you)\b.{0,20}\bbefore i go\s*$"
    r"|\bfunerals?\b.{0,40}\b(?:mine|my own)\b.{0,40}\bnot (?:long|much longer) now\b"
    r"|\b(?:sat|sitting|sit|lying|lay|laid|i am|i m) (?:in )?(?:the |my )?bath\b.{0,15}\bwith (?:a |the |my |some )?(?:razors?|blades?|knife|pills|tablets)\b"
    r"|\b(?:he|she|i|they)(?: has| have| had| s| ve)? (?:already )?(?:tried|attempted)\b(?! (?:the|a|an|our|their|his|her|it|that|this|to)\b).{0,40}\b(?:properly this time|for real this time|this time for real|right this time|make sure this time)\b"
    # half a bottle of pills taken and "it didn't work"; wounds on her wrists picked till they bleed, thighs covered in
    # cuts; a tenant standing on the balcony ledge at night; resigning "from this life" (the fifty-seventh benchmark,
    # session 42)
    rf"|\b(?:took|taken|swallowed|had|necked|downed)\b (?:\w+ ){{0,4}}{DRUGS}\b.{{0,60}}\b(?:it|that|they) (?:did not|didn t|has not|have not) work(?:ed)?\b"
    r"|\b(?:pick\w*|scratch\w*|dig\w*|goug\w*|claw\w*|scrap\w*)\b (?:at )?(?:the )?(?:wounds|scabs|cuts|skin|sores)?(?: on)? ?(?:her|his|their|my) (?:wrists?|arms?|legs?|thighs?)\b.{0,30}\b(?:till|until|so) (?:they|it|she|he) (?:bleed|bleeds|bled)\b"
    r"|\b(?:thighs?|arms?|wrists?|forearms?|stomach|tummy)\b.{0,25}\b(?:covered in|full of|lots of|loads of|all) (?:fresh |new |deep |little |tiny )?(?:cuts|slashes|burns|self harm marks)\b(?!.{0,25}\b(?:brambles|nettles|thorns|bushes|gorse|hedge|the fall|a fall|the cat|the dog)\b)"
    r"|\b(?:standing|stood|stands|sitting|sat|sits|perched|keeps? standing)\b (?:out |up )?on (?:the |a |his |her |their )?(?:balcony (?:ledge|railings?|rail|edge)|ledge|parapet|bridge (?:railings?|rail|edge)|edge of (?:the |a )?(?:roof|bridge|balcony|cliff|multi storey|car park))\b"
    r"|\b(?:resign\w*|leav\w*|quit\w*|step\w* down|bow\w* out|check\w* out|exit\w*|go|going|gone|depart\w*)\b.{0,40}\bfrom (?:this|the) life\b"
    # sleeping pills stockpiled "because he won't go into a home"; a goodbye with the keys under the mat; an arm burned
    # "on purpose" (the fifty-eighth benchmark, session 42)
    r"|\bstockpil\w* (?:up )?(?:all )?(?:his|her|their|my) (?:\w+ )?" + DRUGS + r"\b"
    r"|\bkeys? (?:are |is )?(?:under the (?:door ?mat|mat|pot|plant pot|flower ?pot)|in the (?:key ?safe|plant pot|flower ?pot))\b.{0,40}\b(?:goodbye|bye|sorry|love (?:you|to all))\b"
    r"|\bsorry for (?:all )?(?:the|any) trouble\b.{0,60}\bgoodbye\b"
    r"|\b(?:burn\w*|cut|cutting|scald\w*|scratch\w*|hurt)\b (?:my|his|her|their) (?:\w+ )?(?:arms?|wrists?|hands?|legs?|thighs?|skin|stomach|tummy|face)\b.{0,40}\bon purpose\b"
    r"|\b(?:burn\w*|cut|cutting|scald\w*|hurt) (?:myself|himself|herself|themselves)\b.{0,30}\bon purpose\b"
    # "I've worked out how I'd do it"; planning my own death, a date picked, told after an ask for a first aid kit
    # checklist (the fifty-ninth benchmark, session 43)
    r"|\b(?:worked out|figured out|planned|planned out|sorted out) (?:exactly )?(?:how|when|where) (?:i d|id|i would|i will|i ll|i am going to|i am gonna) (?:do it|end it|go)\b"
    r"|\bplanning (?:my|his|her|their) (?:own )?(?:death|suicide)\b"
    # a lethal dose asked for; "lowkey planning how to do it"; his pills "all at once", told after an ask for a
    # bereavement café's poster (the sixtieth benchmark, session 44)
    rf"|\b(?:lethal|fatal|deadly|toxic|killing) (?:dose|amount|quantity|overdose) (?:of )?(?:my |his |her |their |the |your )?(?:\w+ )?{DRUGS}\b"
    r"(?! (?:for|in) (?:a |an |my |our |the |your )?(?:dogs?|cats?|pets?|pupp(?:y|ies)|kittens?|horses?|animals?)\b)"
    rf"|\bhow (?:much|many) (?:\w+ )?{DRUGS} (?:\w+ ){{0,3}}(?:is|are|would be|counts as) (?:lethal|fatal|deadly|an overdose)\b"
    r"|\b(?:lowkey|low key|secretly|quietly|seriously|already|i am|i have been|been|i keep|i kept|i still|keeps) (?:lowkey |low key |secretly |quietly |seriously |already |been )?planning how (?:to|i d|i would|i will|i ll|i am going to|i am gonna) do it\b"
    r"(?! (?:the|a|an|our|this|that|his|her|their) (?:\w+ )?(?:surprise|party|event|fundrais\w*|fete|fair|raffle|quiz|bash|celebration|collection|whip ?round|presentation|display|rota|move)\b)"
    rf"|\b(?:take|taking|takes|swallow\w*|down|downing) (?:all (?:of )?)?(?:the|his|her|my|their) (?:\w+ )?{DRUGS}\b(?: \w+){{0,5}} all (?:at once|in one go)\b{NOT_AS_PRESCRIBED}"
    rf"|\b(?:take|taking|takes|swallow\w*|down|downing) all (?:of )?(?:the|his|her|my|their) (?:\w+ )?{DRUGS} (?:at once|in one go)\b{NOT_AS_PRESCRIBED}"
    # the most paracetamol "before it kills u"; "thinking of taking all his morphine myself"; her antidepressants saved up
    # to take at once; not around after the weekend, "I've made my mind up"; a window left open "so she can go" (the
    # sixty-second benchmark, session 45)
    rf"|\b(?:max|maximum|most|how much|how many) (?:\w+ )?{DRUGS}\b.{{0,20}}\bbefore (?:it|they) (?:kills?|finish(?:es)?) (?:you|u|me|someone|a person)\b"
    rf"|\b(?:thinking|thought|think) (?:of|about) (?:taking|swallowing|necking|downing) all (?:of )?(?:his|her|my|their|the) (?:\w+ )?{DRUGS}\b"
    r"(?! (?:to|back to|into|in to|down to) (?:the |a )?(?:pharmacy|chemist|gp|doctor|surgery|hospital|bin|return)\b)"
    rf"{NOT_AS_PRESCRIBED}"
    rf"|\b(?:saving|saved|hoarding|hoarded) up (?:all )?(?:of )?(?:his|her|my|their) (?:\w+ )?{DRUGS}\b"
    rf"|\b(?:(?:not|never) (?:going to|gonna)|will not|would not) be (?:around|here)\b(?!.{{0,160}}\b(?:{MOVING_ON}|holiday|away)\b).{{0,120}}\b(?:made (?:my|his|her) mind up|(?:my|his|her) mind is made up|i have decided)\b"
    r"|\b(?:window|windows|balcony door) open\b.{0,20}\bso (?:she|he|i|they) (?:can|could) (?:go|jump|end it)\b"
    r"(?! (?:to|out|in|inside|outside|and|home|back|through|on|for|off|up|down|round|over)\b)"
    # whether a fall from the top of the car park "would definitely kill someone" (the sixty-third benchmark, session 45)
    r"|\b(?:(?:would|will|does) (?:a )?)?fall (?:from|off) (?:\w+ ){0,4}(?:(?:would|will|could|is going to) )?(?:definitely|certainly|for sure|surely) kill\b"
    # "what height of car park would kill me" (the sixty-fifth benchmark, session 46)
    r"|\b(?:what height|how high|how many (?:floors|storeys|stories))\b.{0,40}\bkill (?:me|myself)\b"
    # not at the rota on Sunday "or ever", the message's last words; an insurance that pays out "if it looks like an
    # accident", told of a farmer who has lost everything (the seventy-second benchmark, session 51)
    r"|\b(?:will not|not going to|can not|never going to) (?:be (?:on|at|in|there|around|coming|doing)|make|come|see)\b.{0,40} or ever(?: again)?$"
    r"|\b(?:insurance|life cover|life policy|policy)\b.{0,40}\b(?:pays? out|paid out|would pay|will pay|covers? it)\b.{0,20}\bif (?:it|i|he|she) (?:looks?|looked) like an accident\b"
    r"|\bmake it look like an accident\b"
    # "is there any point carrying on" (not with the grant); "planning it for Friday when everyones out"; not sure of
    # being alive long enough to do the training; "have his death on our conscience"; how long to hold one's breath
    # underwater "to not come back up" (the seventy-third benchmark, session 51)
    r"|\b(?:is there|there is no|there s no|no|what is the|whats the|not much) (?:any |much )?point (?:in )?(?:carrying on|going on|living|being here|being alive)\b"
    r"(?! (?:with|the|our|this|that|a|an|as|at|for|into|to|in|until|till|if|when)\b)"
    r"|\bplanning it for (?:\w+ )?(?:when|while) (?:every ?one|every ?ones|everybody|they|nobody|no one)(?: is| s| are| re)? (?:out|away|gone|at work|asleep)\b"
    r"|\b(?:not sure|do not think|doubt) (?:i will|i ll|i d|i would|i am going to) (?:still )?be alive (?:long enough|by|for|to)\b"
    r"|\b(?:my|his|her|their) death (?:will be |would be |is |be )?on (?:your|our|their|his|her|the board s|the boards|everyone s) (?:conscience|consciences|hands)\b"
    r"|\bhold (?:your|my|one s|ones|his|her) breath\b.{0,40}\b(?:not come back up|never come back up|not wake up|die|drown|not surface)\b"
    # a question about "someone" with pills and a plan, then "asking for me i guess"; "I won't be here. Please pass my
    # thanks to the team" inside a DBS cancellation; two 15-year-olds' pact, "same day same time" (the seventy-fourth
    # benchmark, session 52)
    r"|^(?=.*\basking for (?:me|myself)\b)(?=.*\b(?:"
    + DRUG_NAMES
    + r"|overdose|rope|end (?:it|things)|die|kill (?:my|him|her)self)\b)"
    r"|\bi (?:will not|wont|do not think i will|do not think i ll) be (?:here|around)\b"
    r"(?! (?:next|tomorrow|tonight|today|this|on|for|from|until|till|after|when|at|in|during|because|as|cos)\b)"
    r"(?!.{0,40}\b(?:away|holiday|hols|working|abroad|moving|busy|hospital|week|weekend|month|meeting|session|event|agm|shift)\b)"
    r".{0,60}\b(?:thanks|thank you|thank everyone|thank the team|goodbye|bye|take care|love you|sorry for everything)\b"
    r"|\b(?:made|make|have|got|made up) a pact\b(?! to (?:run|raise|walk|do|swim|cycle|bake|read|stop|quit|give up|eat|save|learn))"
    r"(?!.{0,120}\bevery (?:day|week|month|morning|evening|night|year|weekend|\w+day)\b)"
    r".{0,120}\b(?:same (?:day|time|night)|together|end it|die|not be here|kill ourselves|jump)\b"
    # "says she's cut too deep"; locked herself in and says she has swallowed something (the seventy-sixth benchmark,
    # session 53)
    r"|\bcut (?:herself |himself |myself |themselves )?(?:too|so|really|very) deep\b"
    r"|^(?=.*\block(?:ed|s)? (?:herself|himself|themselves|myself) in\b)(?=.*\b(?:swallowed|taken|took|drunk|drank) (?:something|summat|pills|tablets|the lot|bleach|a load)\b)"
    # a handbag, a phone and a letter left on the bench by the lake and no sign of her (the seventy-fifth benchmark,
    # session 53): a note left with someone's things by water is a farewell until she is found
    rf"|^(?=.*\b(?:note|letter|envelope)\b)(?=.*\b{LEFT_BELONGINGS}\b)"
    r"(?=.*\b(?:river|canal|lake|pond|quarry|reservoir|weir|sea|beach|pier|bridge|railway|cliffs?)\b)" + OWNER_UNACCOUNTED_FOR
)
