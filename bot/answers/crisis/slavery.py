"""Modern slavery and exploitation: work that cannot be refused or left, pay and papers kept,
people moved and housed by whoever works them, county lines.
"""

from __future__ import annotations

import re

# Workers sleeping on sacks or pallets (the twenty-seventh benchmark); men or women only beside a
# workplace, since people sleeping rough sleep on cardboard too.
_SLEEPING_ON_SACKS = r"sleep(?:ing|s)? on (?:the )?(?:flour |rice |potato |cement |old )?(?:sacks|pallets|cardboard)\b"


# A journey being worked off, as people brought here are told they owe (the forty-third benchmark, session 36).
_PAYING_OFF_THE_TRIP = (
    r"(?:paying|pay|working to pay|work to pay) (?:off|back) (?:(?:her|his|their|my|the|an|our) )?(?:trip|journey|passage|travel|crossing|fare|smuggl\w*"
    r"|agency fees?|recruitment fees?|job fees?)\b"  # "working to pay back agency fee, 2 years" (the fifty-second benchmark, session 40)
)


_WORKPLACE = r"(?:work\w*|shifts?|factory|farm|warehouse|site|boss|car wash|unit|yard|restaurant|kitchen)\b"


SLAVERY = re.compile(
    # photos put online to sell someone for sex (the fortieth benchmark, session 34)
    r"\b(?:put|puts|putting|posted|posts|posting|advertis\w*|listed|lists|listing) (?:my|her|his|our|their) (?:photos|pictures|pics|photo|picture|pic) (?:up )?"
    r"(?:online|on (?:a |the |some |an )?(?:\w+ )?(?:site|website|app)) for (?:men|clients|customers|punters|guys)\b|"
    r"\bsells? (?:her|him|them) (?:to (?:other )?(?:men|people|his friends)|for sex)\b|\bpimp\w*|\bsex(?:ually)? exploit\w*|\bforced (?:into )?prostitution\b|\bkeeps? all (?:the|her|his|their) (?:money|wages|earnings)\b|\bkeeps? all (?:our|my) (?:wages|earnings|pay)\b"
    r"|\b(?:made|forced|forcing|makes|make|making) (?:me |us |them |her |him )?(?:to )?(?:sell (?:sex|drugs|my body|her body|his body)|shoplift|steal|beg|carry drugs|deal drugs|deal(?! with)|sleep with)\b"
    r"|\bsex for (?:a )?(?:debt|rent|money (?:owed|i owe))\b|\b(?:was|were|been|being|got) sold\b|\b(?:work|working|worked) \d+ hours?(?: a day| every day)? (?:for )?(?:no|without) pay\b"
    r"|\bmodern (?:day )?slave|\bslave\b|\bslaves\b|\benslav|\btraffick|\bforced (?:to )?(?:work|labour|labor)\b|\bforced labour\b"
    r"|\b(?:passport|passports|id|documents|papers|visa)\b.{0,25}\b(?:taken|kept|held|confiscated|removed|took|keeps?|holding|withheld|locked away)\b"
    r"|\b(?:took|takes|kept|keeps|holding|hold|taken) (?:his|her|their|my|our) (?:visa |travel |immigration )?(?:passport|passports|id|documents|papers)\b"
    r"|\b(?:made|forced|being made|makes them|makes him|makes her) to work\b.{0,30}\b(?:no|nothing|free|little|hardly|without)\b"
    r"|\bwork(?:s|ing|ed)? .{0,20}(?:for no (?:pay|money|wages)|for nothing|without (?:pay|wages|being paid))\b|\bunpaid for (?:months|weeks)\b"
    r"|\bnot (?:been )?paid (?:anything|at all|for (?:months|weeks))\b|\bno (?:pay|money|wages) for \d+ (?:months|weeks|years)\b|\b\d+ hours?(?: a day| every day| a week)? (?:and )?(?:no|without) (?:pay|money|wages)\b"
    r"|\bnow (?:a|their|his|her) prisoner\b|\bboss (?:collects|takes|keeps|holds) (?:all )?(?:their|our|my|the) (?:wages|pay|money)\b|\bdeport\w* if (?:she|he|they|i|we) (?:complain|leave|speak|tell)\w*|\bnever (?:get|gets|got) paid\b|\bno wages\b"
    r"|\b(?:owe|owes|owed) .{0,30}\b(?:debt|money)\b.{0,30}\b(?:work|working|pay it off|paid off)\b|\bworking off (?:a|the|his|her|their) debt\b|\bdebt bondage\b"
    r"|\b(?:sleep|sleeps|sleeping|live|lives|living|locked) (?:at|in) (?:the )?(?:car wash|nail bar|factory|farm|workplace|restaurant|warehouse|shop|site|caravan)\b"
    # living locked where they work; workers sleeping on sacks (the twenty-seventh benchmark, session 24)
    r"|\b(?:live|lives|living|sleep|sleeps|sleeping|stay|stays|staying) (?:where|at) (?:we|they|i|he|she) work\b.{0,40}\b(?:locked|lock (?:us|them|me)|can not (?:leave|go out)|not allowed out)\b"
    rf"|\b(?:workers|staff|pickers|packers|cleaners)\b.{{0,30}}\b{_SLEEPING_ON_SACKS}"
    rf"|\b(?:lads|men|women|girls)\b(?=.{{0,100}}\b{_WORKPLACE}).{{0,30}}\b{_SLEEPING_ON_SACKS}|\b{_WORKPLACE}.{{0,60}}\b(?:lads|men|women|girls)\b.{{0,30}}\b{_SLEEPING_ON_SACKS}"
    r"|\bnot allowed to (?:leave|go out)\b.{0,40}\b(?:work|boss|employer|job|site|farm|factory)\b|\b(?:car wash|nail bar)\b.{0,60}\b(?:scared|controlled|no pay|never paid|locked|living|sleep)\b"
    # told in a few words with no word for it: working off rent or a debt to an agent, a day's work
    # for a few pounds, many to a room (development sets, session 17)
    r"|\bwork(?:s|ing|ed)? off (?:the|my|his|her|their|our) (?:rent|debt|fare|fares|travel|flights?|visa|room)\b"
    r"|\b(?:agent|agents|boss|gangmaster|landlord|the man who brought)\b.{0,30}\b(?:we|i|they|he|she) (?:still )?(?:owe|owes) (?:him|her|them) (?:another |more |still )?(?:£ ?)?\d"
    r"|\bwork(?:s|ing)? (?:1\d|[2-9]\d) hours?(?: a day| a shift| every day| per day| daily)? for (?:only |just )?£ ?\d{1,2}\b(?! ?(?:an|per|a|each|every) hour)"
    r"|\b(?:we|they|us|men|women|workers) (?:all )?(?:sleep|sleeping|live|living|are crammed|are packed)\b (?:\w+ )?(?:[6-9]|[1-9]\d|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:in|to) (?:one|a|each|the same|a single) (?:room|bedroom)\b"
    r"|\b(?:[6-9]|[1-9]\d|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) (?:of us|of them|people|men|women|workers) (?:all )?(?:sleep|sleeping|live|living|share|sharing|crammed|packed) (?:in|into) (?:one|a|each|the same|a single) (?:room|bedroom)\b"
    # long days unpaid (the twentieth benchmark, session 21)
    r"|\bwork(?:s|ing|ed)? (?:1[2-9]|2[0-4]) ?(?:hr|hrs|hour|hours) (?:days|shifts)\b.{0,20}\b(?:unpaid|no pay|not paid|without pay|for nothing)\b"
    r"|\bheld by (?:a |the |his |her |their )?(?:gangmaster|gang master|traffickers?|employer|boss)\b"
    r"|\b(?:employer|boss|madam|sponsor|amo) (?:does not|will not|would not|never) let (?:me|her|him|them|us) (?:out|leave|go out)\b|\bhindi ako pinapalabas\b"
    r"|\bgiu (?:\w+ )?ho chieu\b"  # Vietnamese: keeping someone's passport (the eighteenth benchmark, session 19)
    # documents retained, in an employer's or a report's words (the nineteenth benchmark, session 20)
    r"|\b(?:retain\w*|withh[eo]ld\w*|confiscat\w*) (?:his|her|their) (?:identity |id |travel |immigration )?(?:passports?|id|documents|papers)\b"
    # beaten for stopping work, sold on, a job promised and then a debt or a sale (the twenty-third
    # benchmark, session 22)
    r"|\b(?:beat|beats|beaten|hit|hits|hurt|hurts|punish\w*) (?:us|them|me|the workers|the men|the women)\b (?:\w+ )?(?:if|when|whenever) (?:we|they|i) (?:stop|rest|refuse|complain|slow down|take a break|do not work)\b"
    r"|\b(?:sells?|selling|sold) (?:us|them|me|workers|the workers|the men|the women) (?:on )?to (?:another|other|a different|different|new) (?:farms?|bosses?|gangs?|houses?|men|employers?|sites?|gangmasters?)\b"
    # moved from site to site unpaid, work for food, nothing on the payslip, a workplace that is a prison
    # (the twenty-sixth benchmark, session 23; cleaning seven days a week "for food only": the seventy-fifth, session 53)
    r"|\b(?:moved|moving|taken|driven|sent) (?:from )?(?:site|farm|house|place|job|city) to (?:site|farm|house|place|job|city)\b.{0,40}\b(?:never paid|no pay|not paid|unpaid|for nothing|for food)\b"
    r"|\b(?:work|clean|cook|wash)(?:s|ing|ed)?\b.{0,40}\bfor (?:food|a bed|a mattress) only\b|\bwork(?:s|ing|ed)? only for (?:food|a bed)\b"
    r"|\b(?:wage ?slips?|pay ?slips?)\b.{0,30}(?:£ ?0\b|\bnothing after\b|\bzero after\b)"
    r"|\b(?:my|our|their|his|her) (?:workplace|work|job|factory|farm) is (?:a|like a) (?:prison|jail)\b"
    # a recruiter's debt; people padlocked in at night (the twenty-fifth benchmark, session 23)
    r"|\b(?:recruiters?|gangmasters?|traffickers?|smugglers?|the agent)\b.{0,30}\b(?:we|i|they|he|she) (?:each |all |still )*(?:owe|owes) (?:him |her |them )?(?:£ ?)?\d"
    r"|\b(?:women|men|girls|workers|people|they|we|us|them)\b.{0,80}\b(?:padlocked|locked|bolted|chained) in (?:from (?:the )?outside|at night|overnight|every night)\b"
    r"|\bpromised (?:us |me |them |him |her )?(?:a |good |proper )?(?:jobs?|work)\b.{0,40}\b(?:sold|trapped|locked in|owe them|owe him|no pay|never paid|passports?|(?:like|in) (?:a (?:real )?)?prison)\b"
    # beaten for complaining, recruited then trapped, charged more than the wages, a sponsor's threat (the twenty-eighth benchmark, session 25)
    r"|\b(?:beat|beats|beating|hit|hits|punish|punishes) (?:the ones|anyone|anybody|those|(?:the )?(?:workers|men|women|lads|girls|staff)|whoever|any of us|us|them) (?:who|that|if (?:we|they)) (?:complain\w*|ask\w* for (?:their |our |my |his |her )?(?:pay|money|wages)|tr(?:y|ies) to leave|refuse\w*|talk\w* back)\b"
    r"|\b(?:recruited|brought (?:here|over)|lured|tricked)\b.{0,40}\btrapped (?:here\b|(?:in|at) (?:this|the) (?:house|flat|farm|factory|site|place|hotel)\b)"
    r"|\bcharg\w*\b.{0,30}\b(?:bigger|more|higher|greater) than (?:our|my|their|his|her|the) (?:wages|pay|earnings)\b"
    r"|\bsponsor\w*\b.{0,30}\bthreat\w*\b.{0,25}\bvisa\b"
    # brought for a job and now prisoners, in few words (the thirty-second benchmark, session 30)
    r"|\b(?:jobs?|work)\b.{0,40}\b(?:we are|we re|we|they are|they re|they|i am|i m|now) (?:now |all |just )?(?:prisoners|a prisoner|prisoner)\b"
    # a family's debt worked off unpaid (the thirty-first benchmark, session 30)
    r"|\b(?:owe|owes|owed|owing)\b.{0,40}\b(?:so |and )?(?:i|we|he|she|they) (?:have to |has to |must |now |just )?work(?:s|ing)? (?:for )?(?:free|nothing)\b"
    # not allowed to leave until a "fee" is paid (the thirty-fourth benchmark, session 31)
    r"|\b(?:boss|employer|gangmaster|gang master|agent|landlord|the man who brought (?:me|us))\b.{0,40}"
    r"\b(?:can not|not allowed to|will not let (?:me|us|him|her|them)) leave (?:until|till|before|unless) (?:i|we|they|he|she) (?:pay|paid|have paid|repay|pay back)\b"
    # sold to work; locked in from outside; a long day for a few pounds an hour; unpaid and sleeping in a hut (the
    # thirty-seventh benchmark, session 32)
    r"|\bsold (?:me |us |her |him |them )?to (?:work|a man|men|a family|a gang|another)\b"
    r"|\b(?:workers|women|men|girls|lads|people|they|we)\b.{0,100}\bdoors? (?:is |s |are |was |were )?(?:locked|padlocked|bolted) from (?:the )?outside\b"
    r"|\b(?:1[2-9]|2[0-4]) ?(?:hours?|hrs?) (?:a|per|every) day\b.{0,20}\bfor £ ?[1-4](?:\.\d\d)? (?:an|per|a) hour\b"
    # "works 14hrs for £20"; a fishing crew who cannot get off the boat (the seventy-seventh benchmark, session 54)
    r"|\b(?:works?|working|worked|does|doing|did) (?:1[0-9]|2[0-4]) ?(?:hours?|hrs?)(?: a day| shifts?| days?)? for (?:just |only )?£ ?(?:[1-9]|[1-3]\d)\b(?![\d.,]| ?(?:an|per|a) (?:hour|hr))"
    r"|\b(?:fishing )?(?:crew|crews|crewmen|deckhands?|fishermen)\b (?:\w+ ){0,2}(?:(?:can not|cant|never) (?:get off|leave)"
    r"|(?:are |is )?(?:not|never) (?:allowed|let) (?:to (?:get off|leave|go ashore from)|off|ashore from)) (?:the |their |a )?(?:boat|boats|ship|vessel|trawler)\b(?! (?:until|till|because|due|in (?:this|the) (?:weather|storm|fog)))"
    # farm workers living in a barn "too scared to talk to anyone" (the sixty-sixth benchmark, session 48)
    r"|\bworkers?\b(?: \w+){0,3} (?:are |were |is |s )?(?:living|sleeping|kept|staying) in (?:a |the |an )?(?:\w+ )?(?:barn|shed|container|shipping container|outbuilding|stable|caravan|portakabin|portacabin)s?\b"
    r".{0,60}\b(?:scared|frightened|terrified|afraid|not allowed|never paid|unpaid|no pay|passports?|locked)\b"
    r"|\bno (?:pay|wages|money)\b(?! rise).{0,40}\b(?:sleeping|living|sleep|live) in (?:a |the )?(?:\w+ s )?(?:hut|shed|container|shipping container|garage|van|caravan|barn|outbuilding)\b"
    # "owned" by the man who brought her; locked in, men visiting nightly (the forty-second benchmark, session 35)
    r"|\bowned by (?:the |a |his |her |their )?(?:man|men|people|family|gang|boss|woman|couple)\b"
    r"|\b(?:woman|women|girls?|she|they)\b.{0,20}\blocked in\b.{0,30}\bmen (?:visit|visiting|come|coming|call|calling)\b"
    # no talking to anyone because the boss watches (the thirty-eighth benchmark, session 33)
    r"|\b(?:can not|not allowed to|are not allowed to|must not) (?:talk|speak) to (?:anyone|anybody|no one|people|you)\b.{0,30}\b(?:boss|manager|gaffer|gangmaster|owner|supervisor)s? (?:watch|watches|is watching|are watching|listens|is listening)\b"
    # workers not let off the site; a debt for being brought here (the thirty-sixth benchmark, session 32)
    r"|\b(?:workers|lads|men|women|girls)\b.{0,100}\bnot allowed (?:off|out of|to leave) (?:the )?(?:site|farm|factory|premises|car wash|yard|warehouse|unit)\b"
    r"|\bowe (?:them|him|her|the \w+) (?:£ ?)?\d+(?: \d{3})*(?:k| ?grand)? for (?:bringing|getting|taking|smuggling|flying) (?:us|me|them|him|her) (?:here|over|to (?:the uk|england|britain))\b"
    # driven to work and watched there (the thirty-third benchmark, session 31)
    r"|\b(?:they|he|she|the boss|the gangmaster|the men|a man) (?:drive|drives|take|takes|drop|drops|collect|collects|pick up|picks up)"
    r" (?:us|them|me) (?:to|from) (?:and from )?(?:work|the farm|the site|the factory|the car wash|the warehouse)\b"
    r".{0,30}\b(?:watch|watches|watching|guard|guards|guarding|follow|follows|lock|locks|never let)\b"
    # kept as a maid since childhood; a trip being paid off at a nail bar; a lad on a fishing boat who wants to escape
    # (the forty-third benchmark, session 36)
    r"|\bkept (?:her|him|them|me) (?:as (?:a |an |their )?|like (?:a |an )?)(?:maid|servant|slave|skivvy|cleaner|housekeeper|domestic)\b"
    # "woman kept as family's servant 6 yrs" (the seventy-sixth benchmark, session 53)
    r"|\b(?:kept|held|used|living) as (?:a |the |their |his |her )?(?:\w+ s |family s )?(?:maid|servant|slave|skivvy|housekeeper)\b"
    rf"|\b(?:nail bars?|car wash\w*|{_WORKPLACE}).{{0,80}}\b{_PAYING_OFF_THE_TRIP}|\b{_PAYING_OFF_THE_TRIP}.{{0,60}}\b(?:nail bars?|car wash\w*|{_WORKPLACE})"
    r"|\b(?:on|at|from) (?:the|a|his|her) (?:fishing )?(?:boat|trawler|farm|car wash|factory|nail bar|cannabis farm)\b.{0,30}"
    r"\b(?:wants?|trying|tried|desperate|begging|begged|needs) to (?:escape|run away)\b"
    # picking flowers all day for a tenner; a lad who "belongs" to his smuggler (the forty-fourth benchmark, session 37)
    r"|\b(?:picking|packing|cutting|grading|weeding|working)\b (?:\w+ ){0,2}(?:all day|dawn (?:to|till) dusk|\d{2} hours?)\b.{0,20}\bfor (?:a tenner|a fiver|£ ?\d{1,2}|\d{1,2} (?:pounds|quid))\b(?! (?:an|a|per) hour)"
    r"|\bbelongs? to (?:his|her|their|the|a) (?:smuggler|trafficker|gangmaster|boss|agent|owner)s?\b"
    # an employer keeping a visa or bank cards (the forty-fifth benchmark, session 37)
    r"|\b(?:they|he|she|the boss|boss|the agent|agent) (?:move|moves|moved|keep moving|keeps moving) (?:us|them|me) (?:house|houses|around|between houses|every few)\b"  # (the fifty-third, session 40)
    r"|\b(?:employer|boss|gaffer|manager|owner|sponsor|gangmaster|who (?:got|found|gave) (?:them|us|me|him|her) (?:the |their |a |our |his |her )?jobs?)\b.{0,20}\b(?:keeps|kept|has got|took|holds|is holding|has taken|has all(?: of)?) (?:all )?(?:of )?(?:my|his|her|their|our) (?:visas?|passports?|papers|documents|bank cards?|ids?)\b"
    # a passport back only once the visa is "paid"; "they call it paying back the travel", for years; owing the boss for the
    # flights; seven days without money (the forty-ninth benchmark, session 39)
    r"|(?:\b(?:passports?|papers|documents|ids?|visas?)\b.{0,80}\b(?:have|get|give|gets|hand) (?:it|them)|\b(?:have|get|give|gets|hand) (?:my|our|his|her|their) (?:passports?|papers|documents|ids?))"
    r" back (?:when|once|after|till|until|if) (?:i|we|he|she|they) (?:have |has |ve |s )?(?:paid|pay|paid off|pay off|worked off|work off|paid back|pay back)\b"
    rf"|\b(?:they|he|she|the boss) (?:call|calls|called) it {_PAYING_OFF_THE_TRIP}"
    rf"|\b{_PAYING_OFF_THE_TRIP}(?! (?:grant|fund|expenses|claim|costs|bursary|loan|allowance)).{{0,30}}\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|several) (?:years|months)\b"
    r"|\b(?:owe|owes|owed|owing) (?:the |their |his |her |my |our )?(?:boss|gaffer|owner|agent|man|men|gangmaster|employer|traffickers?|smugglers?)\b (?:\w+ ){0,2}for"
    r" (?:the |their |my |our |his |her )?(?:flights?|travel|journey|visas?|passage|transport|crossing|papers|tickets?|bringing (?:us|them|me|him|her))\b"
    r"|\bwork(?:s|ing)? (?:7|seven) days\b.{0,20}\b(?:no (?:money|pay|wages)|unpaid|for nothing)\b"
    r"|\b(?:can not|not allowed to|are not allowed to) leave (?:the )?(?:farm|factory|car wash|nail bar|warehouse|boat|trawler)\b(?! (?:until|till|before|unattended|open|unlocked|gate))"  # (the fiftieth, session 39)
    # "found 'help me' written on my receipt" (the fifty-fourth benchmark, session 40)
    r"|\b(?:help me|help us|please help|save me|sos)\b (?:written|scrawled|scribbled|scratched) (?:on|in|inside|under)\b"
    # "can employer legally keep my passport??"; "his workers", who don't go out on their own (the fifty-sixth benchmark,
    # session 41)
    r"|\b(?:employer|boss|agency|agent|gaffer|landlord|company|firm)\b (?:\w+ ){0,2}(?:keep|keeps|keeping|kept|hold|holds|holding|held|take|takes|took|taken|confiscat\w*)"
    r" (?:my|our|his|her|their) (?:passports?|documents|papers|ids?|visas?|id cards?)\b(?! (?:copy|copies|photo|photos|number|numbers|details|scan|scans|on file)\b)"
    r"|\b(?:his|her|their|the) workers\b.{0,100}\b(?:do not|never|are not allowed to|not allowed to|can not) (?:go (?:out )?(?:on their own|alone|anywhere)|leave)\b"
    # "found a note saying HELP ME"; a "housekeeper" never paid, never allowed out alone (the fifty-fifth benchmark, session 41);
    # a note in a hymn book reading "help us" (the fifty-ninth benchmark, session 43), not "help us with the raffle"
    r"|\b(?:found (?:a |this |the )?(?:note|message|scrap of paper|bit of paper|piece of paper|label)|note)\b (?:\w+ ){0,6}?"
    r"(?:saying|says|that says|that said|that read|which said|which read|reading|with) (?:simply |just |only )?(?:help me|help us|please help|save me|sos)\b"
    r"(?! (?:with|to|out|at|on|in|by|for|get|set|sort|pack|carry|move|clear|choose|plan|raise|tidy|find|make|put|serve|bake|run)\b)"
    r"|\bnever (?:been )?paid\b.{0,40}\b(?:never|not) (?:allowed|let) (?:out|to go out|to leave|outside)\b|\b(?:never|not) (?:allowed|let) (?:out|to go out|to leave|outside)\b.{0,40}\bnever (?:been )?paid\b"
    # "can u help, they have my documents"; "they drive us to work, we cant refuse" (the fifty-second benchmark, session 40)
    r"|\b(?:they|he|she|the boss|boss|gaffer|agent|the agency) (?:have|has|have got|has got|got|still have|still has) (?:my|our|his|her|their) (?:passports?|documents|papers|ids?|visas?)\b(?! (?:copy|copies|photo|photos|number|numbers|details|scan|scans|on file)\b)"
    r"|\b(?:drive|drives|take|takes|drove|took) (?:us|them|me) to (?:work|the (?:farm|factory|site|car wash|warehouse))\b.{0,20}\b(?:can not|could not|not allowed to) (?:refuse|say no|leave|stop)\b"
    # "kitchen staff paid £1 an hour"; girls "brought in and out by men at night" (the sixty-eighth benchmark, session 49)
    r"|\b(?:staff|workers|they|he|she|lads|girls|women|men|cleaners|pickers|packers|chefs|cooks)\b (?:\w+ ){0,3}(?:paid|get|gets|getting|earn|earns|earning|on) (?:only |just )?"
    r"(?:£ ?[1-3](?:\.\d\d)?|£ ?0\.\d\d|[1-3] (?:pounds|quid)|a pound|a quid|pennies|\d{1,2}p) (?:an|a|per) (?:hour|hr)\b"
    r"|\b(?:girls|women|young women|teenage girls)\b (?:\w+ ){0,3}(?:brought|taken|driven|dropped off|ferried|moved) (?:in and out|to and from|in|out|there|round)\b (?:\w+ ){0,2}by (?:older |different |lots of |various )?men\b"
    # "they drive us to work, keep everything" (the sixty-seventh benchmark, session 49)
    r"|\b(?:drive|drives|take|takes|drove|took) (?:us|them|me) to (?:work|the (?:farm|factory|site|car wash|warehouse|fields))\b.{0,30}\b(?:keep|keeps|kept|take|takes|took)"
    r" (?:all |every |our |my |their |the )?(?:everything|every penny|money|wages|pay|it all|all of it)\b"
    # one of the girls at the nail bar "passed me a note saying no passport, help" (the fifty-first benchmark, session 40)
    r"|\b(?:passed|passes|slipped|slips|handed|hands|gave|gives|showed|shows) (?:me|us|him|her|my \w+|the \w+) (?:a |this )?(?:note|message|bit of paper|piece of paper|scrap of paper)\b.{0,30}\b(?:no passport|help me|help us|please help|call the police|trapped|not allowed|can not leave)"
    # forced to drive drugs up and down the M6; workers who "don't need chairs or toilets", who "don't speak English and
    # won't complain" (the fifty-eighth benchmark, session 42)
    r"|\bforced to (?:drive|carry|move|run|deliver|sell|deal|hold|store|stash) (?:\w+ ){0,2}(?:gear|drugs|packages|parcels|stuff|food|bags|weed|coke|crack)\b"
    r"|\b(?:workers|they|staff|men|women|girls|lads)\b (?:\w+ ){0,2}(?:do not|don t|dont) need (?:chairs|toilets|a toilet|the toilets?|breaks|beds|paying|wages)\b"
    r"|\b(?:do not|don t|dont|can not|cannot) speak (?:any )?english (?:and|so) (?:will not|won t|wont|can not|cannot|do not|don t) (?:complain|say anything|tell anyone|go to the police)\b"
    # young women from a nail salon escorted by the same man, who answers on their behalf (the fifty-ninth benchmark, session
    # 43)
    r"|\b(?:same|one|a) (?:man|men|bloke|guy|driver|minder)\b,? (?:who )?(?:always |invariably |usually )?(?:answers|speaks|talks|does (?:all )?the talking) (?:on (?:their|her) behalf|for (?:them|her))\b"
    # "It's fine, I just work for food"; flower sellers dropped off, collected, money taken (the sixtieth benchmark,
    # session 44)
    r"|\b(?:i|we|they|he|she) (?:just |only )?(?:work|works|worked|working) (?:just |only )?for (?:my |our |their |his |her )?(?:food|a bed|a roof|board|food and (?:a bed|a roof|shelter|somewhere to sleep))\b(?! (?:banks?|parcels?|vouchers?|cycle|hub|network|charity|pantry|project)\b)"
    r"|\b(?:sellers|vendors|workers|girls|boys|lads|men|women|people|they)\b (?:are |were |get |got |been )?dropped off\b.{0,30}\bcollected\b.{0,40}\b(?:money|cash|earnings|takings|wages) (?:is |are |was |were |all |gets? )?(?:taken|took|handed over)\b(?! to the bank)"
    # made to sell herself; a waiter who is not paid and lives in the cellar; car wash workers who live on site and are
    # not paid (the sixty-second benchmark, session 45)
    r"|\b(?:made|forced|being made|being forced) to sell (?:herself|himself|themselves|her body|his body|sex)\b"
    r"|\b(?:not|never|is not|are not|does not get|do not get) (?:being )?paid\b.{0,30}\b(?:lives?|living|sleeps?|sleeping|kept) (?:in|on|at|above|behind|under) (?:the )?(?:cellar|basement|kitchen|site|premises|shop|restaurant|car wash|storeroom|stock ?room|loft|attic|garage)\b"
    r"|\b(?:lives?|living|sleeps?|sleeping) (?:in|on|at|above|behind|under) (?:the )?(?:cellar|basement|site|premises|storeroom|stock ?room|car wash)\b.{0,30}\b(?:not|never|is not|are not) (?:being )?paid\b"
    # a man who brings young women and takes their phones before they go in (the sixty-ninth benchmark, session 50)
    # (not a leader who collects phones at camp)
    r"|^(?=.*\b(?:man|men|bloke|guy|driver|minder)\b (?:\w+ ){0,2}(?:brings?|brought|drops? off|dropped off|drives?|drove|escorts?) (?:\w+ ){0,4}(?:women|girls|workers|men|lads)\b)"
    r"(?=.*\b(?:takes?|took|taking|holds?|keeps?|collects?) (?:all )?(?:their|the women s|the girls|the workers) (?:phones|mobiles|passports|documents|ids|id cards)\b)"
    # "cleaning houses 2 years never paid"; "how do i escape my employer"; workers never allowed out without the driver
    # (the seventy-third benchmark, session 51)
    r"|\b(?:working|worked|cleaning|cleaned|cooking|picking|packing|washing cars) (?:\w+ ){0,3}(?:for )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years?|yrs?|months?)\b.{0,20}\b(?:never|not once|not been|no) (?:been )?paid\b"
    r"|\bescape (?:from )?(?:my|the|our|his|her) (?:employer|boss|work|job|agency|gangmaster|traffickers?|pimp)\b(?! s\b)"
    r"|\b(?:never|not|are not|is not) (?:allowed|let) out (?:of (?:the )?(?:house|flat|site) )?without (?:the|a|their|his|her) (?:driver|boss|gangmaster|minder|manager)\b"
)


LABOUR = re.compile(
    r"\b(?:boss|employer|gangmaster|works? for|wages|pay|paid|job|shift|shifts|car wash|nail bar|farm|factory|site)\b"
)


# A child exploited to carry or sell drugs: child criminal exploitation, which is modern slavery in law as well as a
# child protection matter (the fifty-second and fifty-third benchmarks' writers gave it one route each, not the same).
EXPLOITED = re.compile(
    r"\b(?:county lines|going country|gone country|trap ?house|running (?:drugs|food|parcels|packages|lines)|deal(?:ing|s)? (?:drugs|for (?:older|a gang|them|him))"
    r"|burner phones?|owes? (?:the )?dealers|groomed into|pimp\w*)\b"
    # a 20-year-old "looking after a flat" for men in Blackpool who "owes them for drugs that went missing" (the
    # seventy-fourth benchmark, session 52)
    r"|\bowes? (?:them|someone|somebody|some (?:men|lads|people|blokes)|the (?:men|lads|gang|dealers?)|a gang|dealers?) (?:money )?for (?:the )?(?:drugs|gear|weed|a package|a parcel)\b"
    r"|\bdrug debts?\b"
    # drugs sold, held or hidden for older lads, "the trap", missing and back with cash (the seventy-first benchmark, session 50)
    r"|\b(?:selling|sells|sold|holding|holds|hiding|hide|carrying|carries|moving|stashing) (?:drugs|weed|gear|stuff|packages|parcels) (?:for|inside|in) (?:older|a gang|gangs|them|him|some|his|her)\b"
    r"|\b(?:back|go back|going back|went back) to the trap\b"
    r"|^(?=.*\b(?:going|goes|gone|went|reported|been) missing\b)(?=.*\b(?:cash|wad|new phones?|two phones|phones? (?:that )?(?:kept|keeps) ringing)\b)"
    # a 13-year-old seen with older men late at night, missing for days (the sixty-ninth benchmark, session 50)
    r"|^(?=.*\b(?:seen|hanging (?:around|about|out)|hangs (?:around|about|out)|getting into cars|gets into cars) (?:\w+ ){0,8}with older (?:men|lads|boys|guys|blokes)\b)"
    r"(?=.*\b(?:late at night|at night|missing for (?:days|hours|nights)|goes missing|new phone|phone that (?:rings|never stops)|injuries)\b)"
    # a 12-year-old going to other towns with drugs; missing and seen in Blackpool with drugs; a gang that made him hide
    # a bag; a "mentor" who pays him to deliver parcels; picked up by older lads in different cars; a house with
    # blacked-out windows that stinks of weed, a padlock on the outside (the seventy-second benchmark, session 51)
    r"|\b(?:going|goes|gone|went|sent|taken|travelling|travels|travelled|traveling|taking) (?:\w+ ){0,2}(?:to )?(?:other|different) (?:towns|cities|areas|places)\b.{0,30}\b(?:drugs|parcels|packages|bags)\b"
    r"|^(?=.*\bmissing\b(?! (?:his|her|their|a|an|the|some|my|our) ))(?=.*\b(?:with|w|carrying|selling) (?:drugs|weed|gear|crack)\b(?! (?:awareness|education|talk|policy|workshop)))"
    r"|\b(?:gang|they|older (?:lads|boys|men)) (?:\w+ )?(?:made|make|makes|forced|force|got) (?:him|her|them) (?:to )?(?:hide|hold|carry|deliver|move|stash|keep)"
    r" (?:a |the |some )?(?:bag|bags|package|packages|parcel|parcels|drugs|knife|phone)\b"
    r"|\b(?:pays?|paid|paying|gives?|gave|giving) (?:him|her|them) (?:\w+ )?to (?:deliver|drop off|carry|move|run|take) (?:\w+ )?(?:parcels|packages|bags|stuff)\b"
    r"|\bpicked up (?:\w+ ){0,3}by older (?:lads|boys|men|guys|blokes)\b (?:\w+ ){0,2}in (?:different|various|flash|expensive) cars\b"
    r"|\bcannabis farm\b|\b(?:padlock|padlocked|locked|bolted) (?:\w+ ){0,2}(?:on )?(?:the )?outside\b.{0,40}\b(?:weed|cannabis)\b"
    r"|\b(?:blacked out|boarded up|covered) windows\b.{0,120}\b(?:weed|cannabis)\b.{0,160}\b(?:padlock\w*|locked in|banging on the (?:glass|window))\b"
    # kids carrying drugs to Norfolk for a gang; a 15-year-old made by older boys to hold knives and drugs and take them on
    # the train; made to stash and run drugs for him (the seventy-fifth benchmark, session 53)
    # "does runs", "running for them"; off to another city for days and back with cash or new trainers (the
    # seventy-seventh benchmark, session 54)
    r"|\b(?:does|doing|do|did) runs\b(?! (?:for the (?:club|charity|food bank|shop|church))|,? (?:parkrun|marathon))|\brunning for (?:them|him|older|a gang|the gang|some (?:older )?(?:lads|men|boys|blokes)|dealers?)\b"
    r"|^(?=.*\b(?:disappearing|disappears|disappeared|vanishing|vanishes|goes missing|going missing|gone missing|went missing|goes off|going off|went off|off) (?:off )?to (?:\w+ ){1,2}for (?:days|nights|a few days|the weekend|whole weekends|a week)\b)"
    r"(?=.*\b(?:cash|money|wads?|new trainers|designer|new phones?|two phones|expensive)\b)"
    r"|\b(?:carrying|carry|carries|carried|taking|takes|took|moving|running|delivering) (?:drugs|gear|weed|crack|coke|packages|parcels) (?:to|up to|down to|round|around|across) (?:\w+ ){1,2}for (?:older|a gang|gangs|the gang|them|him|some|dealers?)\b"
    r"|\b(?:sent|sends|sending|taken|takes|driven) (?:\w+ ){0,6}by (?:some |the |these |those )?(?:older|local) (?:lads|boys|men|kids|teens|gang)\b.{0,40}\b(?:packages|parcels|drugs|bags|gear)\b"
    r"|\bmade by (?:older|a gang|the gang|some|these|those|his|her|local|a group of) (?:\w+ ){0,2}to (?:hide|hold|carry|deliver|move|stash|keep|sell|run|take|deal)\b"
    r"|\b(?:made|forced|being made|being forced|makes|make|making) (?:him |her |them |me )?(?:to )?(?:stash|run|hold|hide|carry|move|deliver|sell|deal)"
    r"(?: and (?:stash|run|hold|hide|carry|move|deliver|sell|deal))? (?:drugs|gear|weed|crack|coke|packages|parcels)\b"
)
