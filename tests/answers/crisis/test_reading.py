"""How a message is read before the nets weigh it (bot/answers/crisis/reading.py): planning, looking
back, joking."""

from __future__ import annotations

import pytest

from bot.answers import crisis


@pytest.mark.parametrize(
    "text, planning",
    [
        ("nobody would even notice tbh", False),  # "notice" plans only as a noun
        ("he says no one would notice if he was gone", False),
        ("can you help us word a notice about the fire drill", True),
        ("our mock missing child exercise at cubs took 20 minutes", True),
        ("we ran a tabletop exercise on a gas leak", True),
        # CPR under way is happening now, whatever else is named (the seventeenth benchmark's "where defib")
        ("Derek not breathing, CPR started, where defib", False),
        ("coach is doing CPR, is there a defib at the club", False),
        ("our volunteers worry about being sued for doing CPR", True),
        ("what if the defib says no shock, do you keep doing CPR?", True),
        # mended, in court, a sticker, a month gone by; but what keeps happening is not over (session 19)
        ("the boiler was fixed after the gas scare and the engineer signed it off", True),
        ("the trafficking case from our town has gone to trial, can we send a card to the support charity", True),
        ("can we put a hate crime reporting sticker in the window", True),
        ("the youth leader keeps giving my 7 year old stickers and sweets and says it's their secret", False),
        ("a lad went missing at the fun day last July, we're updating our procedure", True),
        ("he's been sitting outside her flat every night since he got out last week", False),
        ("an older man says the builder took £900 last month and nothing's been fixed", True),
        # told first, then a question: the question does not make it a plan (session 20)
        ("my husband pushed me down the stairs on Sunday. anyway have you got a leaflet", False),
        ("a volunteer fainted at the fete last year, she was fine. anyway have you got a leaflet", True),
        ("that meeting was a car crash. anyway, is there guidance on conflicts of interest", True),
        ("do we need DBS for the rota? asking because a helper has been messaging a 13 year old", False),
        ("my ex has been waiting outside the shop every shift since the training", False),
        ("do we need a first aider on every shift at the training day", True),
        # the panto is a play, but its director is a person (session 21)
        ("the panto director keeps texting a 12 year old in the chorus", False),
        ("in the panto the villain kidnaps the babes in the wood", True),
        # "during rehearsal" is an event, "is at present" is now, a course of action is no course (session 21)
        ("the conductor collapsed during rehearsal and is not breathing", False),
        ("I nearly died laughing at the panto rehearsal", True),
        ("a man is at present shouting threats in the foyer, what is the right course of action?", False),
        ("which first aid course should our stewards do?", True),
        # "she says she's fine" is what someone at risk says, not the harm being over (session 32)
        ("old man sleeping in the bus shelter again, says he's fine", False),
        ("the man who fell at bingo is fine now", True),
        # an overdose since yesterday is urgent even when "fine now" (session 33)
        ("ok random q, if someone took an overdose yesterday and feels fine now is that ok?", False),
        ("a member took an overdose two years ago and is fine now, can we do a talk", True),
        # "so it's fine" doubts, "a bigger problem" changes the subject, found somewhere is no one found again (session 34)
        ("the instructor hits kids with a belt, apparently the parents signed a form so it's fine??", False),
        ("the instructor was off sick last week but the boiler is fine", True),
        ("thanks for the DBS advice. we might have a bigger problem: a leader was found in the girls' tent at 2am", False),
        ("thanks for the DBS advice, we'll sort the renewals in March", True),
        ("the leader was found in the boys' dorm at 3am", False),
        ("the lad who went missing at the fun day last July was found at the bandstand", True),
        ("a coach (26) is seeing a 16yo, everyone knows and says it's fine", False),
        ("the hall was double booked but the caretaker says it's fine now", True),
        # "one concern" changes the subject, "a concern" is what a policy asks about; a drink is a habit (session 35)
        ("the training rota looks fine. one concern: a boy in year 5 has marks on his arms again", False),
        ("the training rota looks fine. one concern: who is doing the first aid course", True),
        ("how do we report a concern about an adult to social services? want the number in our handbook", True),
        ("my husband gets rough when he's had a drink, last time I needed stitches", False),
        ("a volunteer fell off the ladder last time, we're updating the risk assessment", True),
        # news told in a sentence after an ask, unless what follows looks back; "never mind" changes the subject
        # (session 36)
        ("is there a template for the accident book? a 4 year old came in with a burn and dad's story keeps changing", False),
        ("can we have first aid training? last year someone collapsed in the hall.", True),
        ("do you have the lost property form? my ex kept my spare keys and has been letting himself into my flat", False),
        ("what should our policy say if a volunteer is threatened with a knife? it happened once. he was fine.", True),
        ("how do I fix the newsletter photo sorry never mind a man is having a seizure in the foyer", False),
        ("how do I fix the newsletter photo. never mind, found it in the template folder", True),
        # an ask about a risk assessment, a lone worker plan or guidance, then news (session 37)
        (
            "can we update the risk assessment for the swim? one of the swimmers says she goes out hoping she won't make it back",
            False,
        ),
        ("can we update the risk assessment for the swim? what if a swimmer gets cramp?", True),
        ("could you send the guidance on minibuses? our vicar's been hosting sleepovers for the boys at the vicarage", False),
        ("any tips on recruiting trustees? our treasurer's husband just fell in the canal and she can't see him", False),
        ("do we need a lottery licence? not planning on being here by Christmas", False),
        ("we're planning the Christmas raffle, do we need a lottery licence?", True),
        ("how long do we keep registers? only wondering because a child stopped coming and school says she's not been in", False),
        ("defib?? where is it, hes gone down", False),
        ("how do i add a photo to the newsletter omg someone's just driven a car at the people outside", False),
        ("we had a slip on the wet floor in March, lady was ok just bruised. do we need to report it?", True),
        ("at the car wash I asked one of the lads if he was ok and he said 'not free'", False),
        # an ask for training dates, then news (session 38)
        (
            "can i get the safeguarding training dates. one of our young carers said she tried to strangle herself last night",
            False,
        ),
        ("can i get the safeguarding training dates. we need to refresh everyone", True),
        (
            "need to book the small room for Tue please. and if anyone knows what to do - the chap we befriend says his carers"
            " leave him in the chair all night",
            False,
        ),
        ("I thought I was okay but I've booked a hotel, I'm not planning on checking out", False),
        ("Graham said he's worth more dead than alive for the insurance. Said it twice.", False),
        (
            "first aid course booking - can we get 12 places? Sorry, before that: a man's been at Mr Price's door for the roof, paid £2,000 cash and coming back for more",
            False,
        ),
        ("we need 12 places on the first aid course for the new volunteers", True),
        ("do we need insurance for the quiz night?", True),
        # the forty-ninth benchmark (session 39): a "but" that turns to the news, a policy that "can wait", a fundraiser
        # asked about, a crisis completed by the later sentence
        ("trying to book the community room for thurs but theres a guy outside swinging a knife at our volunteers", False),
        ("no, the policy stuff can wait. my colleague's having a seizure and it's been over 5 minutes", False),
        (
            "can we hold a fundraiser in the gurdwara hall? my brothers found out about my boyfriend and said they'd sort"
            " him and me out",
            False,
        ),
        ("Is our insurance void if someone dies on the premises? I'm thinking about doing it in the boiler room", False),
        ("we want to book the hall but there was a fire in the kitchen last year, does our insurance cover it?", True),
        ("the policy can wait till the AGM, what training do new volunteers need?", True),
        ("can we hold a fundraiser for the air ambulance?", True),
        ("Any guidance on online safety for a youth group WhatsApp chat? Should leaders be in it?", True),
        # the fiftieth benchmark (session 39): the extinguishers' servicing and a DBS question as everyday asks, "ignore the
        # DBS q" as a change of subject; a past incident over and dealt with
        ("just wondering who covers the fire extinguishers - cos the bin store is properly alight", False),
        (
            "do we need a DBS for lifeguards? cos the one at the leisure centre keeps asking my 12yo to help him in the staff room",
            False,
        ),
        ("ignore the DBS q. CARER STOLE NANS RINGS", False),
        (
            "A girl fainted at the carnival, St John sorted her and she was back dancing an hour later. Any grants for water?",
            True,
        ),
        ("There was a gas smell at the hall on Tuesday, loose fitting, fixed in an hour. Do I tell the Commission?", True),
        ("little boy at the food bank has a broken arm in no cast, mum says it's just a sprain and it's been 2 weeks", False),
        ("Also, an older lady says her grandson takes her food parcel and she's had nothing since Monday", False),
        # the fifty-first benchmark (session 40): a worker called lovely, carers who say she's fine, liability insurance and
        # the handbook as everyday asks; a scenario's toilets, a talk, the handbook's wording and a trip where nobody was lost
        ("Our Mia's tutor is a lovely fella apparently but he's been asking her what colour her bra is. She's 13.", False),
        ("mums cupboards empty, carers say she's fine", False),
        (
            "Is our public liability insurance OK for a car boot sale? The girls at the nail bar get collected at 10pm, "
            "one passed me a note saying “no passport, help”",
            False,
        ),
        ("Could you resend the volunteer handbook? He deleted it along with all my emails so I can't talk to anyone", False),
        ("For our training day, what if a volunteer finds someone collapsed in the toilets? Whats the right order?", True),
        ("signs of financial abuse in older people, for a talk im giving", True),
        ("for the handbook: if a young person discloses abuse, should the leader promise to keep it secret?", True),
        ("Trip was great. Nobody lost, nobody sick on the coach. Can you help me thank the parents who helped?", True),
        ("Can you look at my budget? honestly the only thing I'm planning is how to die", False),
        # the fifty-second benchmark (session 40): a first aid book, a training list, where the policy is and what it says
        # as everyday asks; a scenario as planning
        (
            "where do we keep the first aid book to log stuff?? baby at the toddler group not breathing properly, going floppy",
            False,
        ),
        (
            "can you add Priya to the safeguarding training list. she told me the tutor at the Saturday school put his hand "
            "up her 11yo's skirt",
            False,
        ),
        (
            "where do I find our whistleblowing policy? one of our Scout leaders has been adding the scouts on Xbox and "
            "chatting to them privately at night",
            False,
        ),
        (
            "Does the lunch club policy say we can ring social services? because Dorothy’s daughter-in-law has her bank card "
            "and Dorothy keeps saying she cant afford the £3 lunch any more",
            False,
        ),
        ("not planning on seeing Christmas tbh 🙃", False),
        ("In our scenario a volunteer finds a man collapsed in the car park — what's the first step?", True),
        # the fifty-third (session 40): a numbered list's licence ask, a kit worn unwashed, a training handout, closing thanks
        (
            "Sorry, random mix: 1) do we need a licence for a film night 2) our church youth worker asked a 15 year old girl "
            "to meet him for coffee alone and told her not to tell the other leaders",
            False,
        ),
        ("How do I claim the petty cash back? Bit worried: our under-10s keeper turns up in the same unwashed kit", False),
        ("For a training handout: if a volunteer notices bruises on a child, who do they tell?", True),
        ("Ok that makes sense now. Thanks for being patient with me, I'm not very techy", True),
        # the fifty-fifth (session 41): found alone with a child is not found safe; a rule broken is news after the rule
        (
            "Need help with the minutes wording. We discussed the complaint that the church youth worker was found alone in "
            "his car with a 15 year old girl at 11pm. How do I minute that?",
            False,
        ),
        (
            "Our risk assessment says no 1:1 coaching in the sports hall with the door closed. Our tennis coach does it every "
            "Tuesday with the same 12 year old girl and has covered the door window with paper",
            False,
        ),
        ("The missing cat was found safe in the shed", True),
        # the fifty-seventh (session 42): a policy template and a training recommendation are everyday asks; rehearsals
        # are where it happens; last year's scheme is a name, not a time
        (
            "Can you recommend first aid training for volunteers? A girl, 13, at our drama group keeps picking at wounds "
            "on her wrists till they bleed during rehearsals",
            False,
        ),
        (
            "Sorry to be a pain, could you send the template for a conflict of interest policy. Had a rubbish week, he "
            "threw a hot cup of tea at me on Monday and I've got a burn on my neck.",
            False,
        ),
        (
            "We're applying for a grant for our holiday club. One of the kids from last year's scheme, a girl of 9, has "
            "just turned up at the door on her own at 8pm asking to stay with us.",
            False,
        ),
        ("Can you recommend training for volunteers on what to do if a child discloses?", True),
        # the fifty-eighth (session 42): Gift Aid on sponsorship money, DBS costs in a bid and whether we need a policy
        # are everyday asks
        (
            "How do we claim Gift Aid on the sponsored walk money? One of the walkers has gone down with heatstroke, she's "
            "stopped sweating and is talking nonsense",
            False,
        ),
        (
            "Do we need a policy for volunteers accepting gifts? We've found out one of our volunteers has been 'borrowing' "
            "money from the older people she visits",
            False,
        ),
        ("Do we need a policy for volunteers accepting gifts? What if an older member offers one money?", True),
        # the fifty-ninth (session 43): a checklist is an everyday ask; what follows "the reason is" or "we need it
        # because" is the news; planning one's own death is no plan for the group
        (
            "Need a first aid kit checklist for the cricket pavilion. Random, but is it normal that I keep planning my own "
            "death? I've picked a date.",
            False,
        ),
        (
            "Hi, I'm looking for a template lone working policy for our church. The reason is one of our older volunteers "
            "keeps asking to do one-to-one Bible study with a 13-year-old boy in his car.",
            False,
        ),
        (
            "Could you draft a volunteer code of conduct for a food bank? We need it because a volunteer has been offering "
            "a woman with learning disabilities extra parcels if she goes back to his place.",
            False,
        ),
        (
            "Could you draft a volunteer code of conduct? We need it because our training scenario has a volunteer "
            "who messages a child at night.",
            True,
        ),
        # ... and its false alarms: what to do if someone told us; an ambassador scheme (not a befriending scheme)
        (
            "if a vulnerable adult at lunch club told us they were being scammed on the phone, what's our process? asking "
            "for the training session next week",
            True,
        ),
        ("Lady from our befriending scheme has been missing since yesterday, she has dementia", False),
        ("Thinking about setting up an ‘Ask Me’ domestic abuse ambassador scheme in the village. Has anyone done it?", True),
        # the sixtieth (session 44): what goes in a policy is an everyday ask, "planning how to do it" no plan for the
        # group; a death last year still looks back (read as background it took 29 calm bereavement messages out of
        # planning: pattern-diff)
        (
            "What should go in our online safety policy? One of the lads keeps posting about wanting to die and the posts "
            "are getting more detailed",
            False,
        ),
        ("What should go in our bereavement policy? Think of a volunteer whose husband has just died.", True),
        ("Our chair died last year; ideas for a memorial bench?", True),
        ("lowkey planning how to do it", False),
        # the sixty-first (session 44): a policy that needs to cover something is an everyday ask
        (
            "Does our social media policy need to cover volunteers' own accounts? My colleague's ex keeps posting threats "
            "about her and turning up at the youth club, the police told him to stay away and he ignores it.",
            False,
        ),
        ("Does our social media policy need to cover volunteers' own accounts? E.g. if a volunteer posts about a child.", True),
        # the sixty-fourth (session 46): a fire "at choir rehearsal" is where it is; an offence years ago is a risk now;
        # whether something may be done legally is an everyday ask; a numbered list's item is read on its own
        ("smoke pouring out of the kitchen at band rehearsal", False),
        ("in rehearsal the scene where the kitchen is on fire needs more smoke", True),
        ("Do we renew DBS checks? Also our scout leader was convicted for abusing a child 20 years ago and still helps.", False),
        ("Can we hold the AGM on Zoom legally? The gas alarm in the hall is going off and two people have passed out", False),
        (
            "Agenda: 1) do we need a DBS for drivers 2) a helper at swimming was seen taking photos of the girls in the "
            "changing room, is that a police matter 3) insurance renewal",
            False,
        ),
        (
            "Training scenarios: 1) a helper at swimming is seen taking photos of the girls in the changing room 2) a "
            "child says her dad hits her",
            True,
        ),
        # the sixty-fifth (session 46): how to report a serious incident on the annual return is an everyday ask
        (
            "How do we report a serious incident on the annual return? A 9 year old says our coach touched him in the "
            "changing room last night.",
            False,
        ),
        # the sixty-sixth (session 48): news of a DBS check back with something about a child is no plan; the process is
        ("volunteers dbs came back with somthing about a child", False),
        ("What happens if a volunteer's DBS comes back with something on it? Just want to know the process.", True),
        # the sixty-eighth (session 49): an ask to record hours or an absence, to send a policy to the council or for
        # safeguarding training, and news after it; an old conviction of a worker named by its year is a risk now
        (
            "How do we record volunteer hours for the lottery monitoring report? And - we've got a missing 6 year old "
            "from the park trip, he was there at the headcount at 2pm",
            False,
        ),
        (
            "Do we need to send a copy of our safeguarding policy to the council? And I found Mrs Green yesterday sat in "
            "her own mess with an empty fridge, she's got no one",
            False,
        ),
        (
            "Can you recommend safeguarding training for volunteers? We had a woman disclose at the lunch club that her "
            "partner puts his hands round her neck when he's angry and I just froze.",
            False,
        ),
        ("Can you recommend safeguarding training for volunteers? What should our policy say about disclosures?", True),
        ("our first aid kit ran out in 2016, do we need a new kit", True),
        # (the seventieth benchmark, session 50)
        ("no, the toddler group was fine apart from one mum who shook her baby really hard", False),
        ("Insurance claim for a marquee that collapsed in a storm last year, insurers still haven't paid", True),
    ],
)
def test_what_counts_as_planning(text: str, planning: bool) -> None:
    assert crisis.is_planning(crisis.normalise(text), text) == planning


def test_saying_it_is_no_joke_undoes_the_lol(detector: crisis.CrisisDetector) -> None:
    """A "lol" asks the classifier to agree before a pattern fires; "not joking" beside it takes that back
    (the eighteenth benchmark's fire laughed off and then insisted on, session 19)."""
    insisted = detector.detect("lol the shed is actually on fire, not joking, Pete's still in there")
    assert insisted.fired and insisted.route == "immediate_danger" and not insisted.planning
    assert detector.detect("lol the raffle was carnage, the bingo caller was on form").planning
