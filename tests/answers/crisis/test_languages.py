"""Crisis phrases in other languages: how the patterns are built, and the real lexicon on messages
of my own wording (never a benchmark's), with calm look-alikes in the same languages."""

from __future__ import annotations

import pytest

from bot.answers import crisis
from bot.answers.crisis import languages as crisis_languages


def test_a_phrase_matches_as_a_message_is_normalised_and_a_lone_word_is_left_out() -> None:
    matcher = crisis_languages.PhraseMatcher.build(
        crisis.normalise,
        {
            "immediate_danger": {"french": ["Ne respire plus", "feu"], "thai": ["หายใจไม่ออก", "ไฟ"]},
            "modern_slavery": {"polish": ["zabrali mi paszport"]},
        },
    )

    def routes(text: str) -> set[str]:
        return matcher.routes(crisis.normalise(text))

    assert routes("Mon oncle NE RESPIRE PLUS !!") == {"immediate_danger"}  # case and accents folded
    assert routes("exercice feu samedi") == set()  # one word: left out
    assert routes("แม่หายใจไม่ออกค่ะ") == {"immediate_danger"}  # unspaced: found inside a longer run
    assert routes("ไฟไหม้") == set()  # a two-letter phrase: left out
    assert routes("zabrali mi paszportowe zdjęcia") == set()  # whole words only
    assert routes("ne respire") == set()  # the whole phrase, not a part of it
    assert routes("zabrali mi paszport, ne respire plus") == {"immediate_danger", "modern_slavery"}


@pytest.mark.parametrize("route", crisis.ROUTES)
def test_every_route_has_phrases_in_many_languages(route: str) -> None:
    phrases = crisis_languages.load_phrases()
    assert len(phrases.get(route, {})) >= 30, route


@pytest.mark.parametrize(
    "route, text",
    [
        ("immediate_danger", "Mój tata nie oddycha, jesteśmy w sali parafialnej"),
        ("immediate_danger", "mi abuelo no respira, estamos en el centro"),
        ("suicide_self_harm", "je veux mourir, j'ai pris tous les médicaments"),
        ("suicide_self_harm", "хочу покончить с собой"),
        ("domestic_abuse", "mój mąż mnie bije i boję się wrócić do domu"),
        ("domestic_abuse", "meu marido me bate todos os dias"),
        ("modern_slavery", "zabrali mi paszport i nie płacą"),
        ("modern_slavery", "老板拿走了我的护照"),
        ("child_concern", "mon fils a disparu depuis ce matin"),
        ("adult_at_risk", "babcia nie ma jedzenia"),
        ("immediate_danger", "Dydy Dad ddim yn anadlu, dewch yn gyflym"),  # Welsh (session 22)
        ("immediate_danger", "父が息をしていない、助けて"),  # Japanese (session 23)
        ("domestic_abuse", "suami saya memukul saya setiap hari"),  # Indonesian (session 23)
        ("domestic_abuse", "mein Mann schlägt mich jeden Tag"),  # German (session 23)
        ("immediate_danger", "hjälp, mamma ligger på golvet och hon andas inte"),  # Swedish (session 24)
        ("suicide_self_harm", "haluan kuolla, en jaksa enää"),  # Finnish (session 24)
        ("modern_slavery", "паспортамро гирифтанд ва пул намедиҳанд"),  # Tajik (session 24)
        ("suicide_self_harm", "ഞാൻ ആത്മഹത്യ ചെയ്യും, ഇനി വയ്യ"),  # Malayalam (session 25)
        ("modern_slavery", "banyambuye pasiporo none sinshobora gutaha"),  # Kinyarwanda (session 25)
        ("immediate_danger", "阿爺食飯哽住講唔到嘢"),  # Cantonese (session 26)
        ("child_concern", "Mtoto ameachwa peke yake kwa siku tatu"),  # Swahili (session 26)
        ("domestic_abuse", "ನನ್ನ ಗಂಡ ಪ್ರತಿದಿನ ಹೊಡೆಯುತ್ತಾನೆ"),  # Kannada (session 26)
        ("immediate_danger", "help, mi broda fodom i no de blo"),  # Krio (session 26)
        ("immediate_danger", "Se está quemando la casa y los niños están dentro"),  # Spanish (session 27)
        ("immediate_danger", "Salėje jaučiu dujų kvapą, ką daryti?"),  # Lithuanian (session 27)
        ("allegation_against_worker", "наш вожатый снимал детей в душе, что делать"),  # Russian (session 27)
        ("adult_at_risk", "સંભાળ રાખનાર બહેન દાદીના પૈસા પડાવી લે છે"),  # Gujarati (session 27)
        ("immediate_danger", "Օգնեք, նա չի շնչում, ի՞նչ անենք"),  # Armenian (session 30)
        ("child_concern", "ข้างบ้าน เด็กอยู่บ้านคนเดียวหลายวัน ทำยังไงดี"),  # Thai (session 30)
        ("allegation_against_worker", "דער מלמד שלאגט די קינדער יעדן טאג"),  # Yiddish (session 30)
        ("adult_at_risk", "ئوغلى ئانىسىنىڭ پېنسىيەسىنى ئېلىۋالىدۇ"),  # Uyghur (session 30)
        ("immediate_danger", "我叔叔掉进运河里了，快叫救护车"),  # Chinese (session 31)
        ("child_concern", "Tėvas kasdien muša vaiką diržu"),  # Lithuanian (session 31)
        ("immediate_danger", "Mi tío se cayó del andamio y no se mueve"),  # Spanish (session 31)
        ("adult_at_risk", "Az unokája elveszi a nyugdíját minden hónapban"),  # Hungarian (session 31)
        ("suicide_self_harm", "مرۆڤێک دەڵێت دەمەوێت خۆم بکوژم"),  # Sorani Kurdish (session 31)
        ("suicide_self_harm", "મારો ભાઈ કહે છે કે તે પોતાનો જીવ લઈ લેશે"),  # Gujarati (session 31)
        ("allegation_against_worker", "Треньорът праща неприлични съобщения на дъщеря ми"),  # Bulgarian (session 31)
        ("allegation_against_worker", "Yung coach pinapadalhan ng bastos na mensahe ang anak ko"),  # Tagalog (session 31)
        ("immediate_danger", "আমার দাদু হঠাৎ পড়ে গেছেন, কথা বলতে পারছেন না"),  # Bengali (session 31)
    ],
)
def test_a_crisis_told_in_another_language_hits_its_route(route: str, text: str) -> None:
    assert route in crisis.pattern_hits(crisis.normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "ćwiczenia przeciwpożarowe w sobotę",
        "kurs pierwszej pomocy dla wolontariuszy",
        "wniosek o paszport dla dzieci na wycieczkę",
        "cours de secourisme pour nos bénévoles",
        "有没有消防演习的培训?",
        "Ο σύλλογός μας θέλει να νοικιάσει την αίθουσα",
        "ボランティアの申し込み用紙はどこですか",
        "Wann beginnt die Chorprobe am Sonntag?",
        "Jam berapa latihan paduan suara hari Minggu?",
        "När träffas stickgruppen nästa vecka?",
        "Milloin kuoro harjoittelee sunnuntaina?",
        "Дали може да изнајмиме сала за роденден?",
        "ഞായറാഴ്ച ഗായകസംഘം എപ്പോഴാണ്?",
        "Inama y'abakorerabushake izaba ryari?",
        "Madarasa ya Kiingereza yanaanza lini?",
        "請問幾時有英文班？小朋友可唔可以一齊嚟？",
        "ಇಂಗ್ಲಿಷ್ ತರಗತಿಗಳು ಯಾವಾಗ ಆರಂಭವಾಗುತ್ತವೆ?",
        "Abeg, wetin time una office dey open?",
        "¿Quién puede cocinar para la fiesta de los niños el sábado?",
        "Ar galime išsinuomoti salę gimtadieniui?",
        "Во сколько начинается хор в воскресенье?",
        "દિવાળીના કાર્યક્રમ માટે હોલ બુક કરવો છે",
        "Dostaliśmy kartkę od rodziny zmarłego członka, jak podziękować?",  # "od" is "from" (session 27)
        "Բարև, ե՞րբ է բացվում սննդի բանկը շաբաթ օրը",  # Armenian (session 30)
        "สวัสดีค่ะ ธนาคารอาหารเปิดกี่โมงวันเสาร์",  # Thai (session 30)
        "ווען עפנט זיך די שפייז באנק דעם זונטיק?",  # Yiddish (session 30)
        "我们周六有圣诞集市，欢迎大家来帮忙",  # Chinese (session 31)
        "Mulțumim tuturor pentru prăjituri la bazar!",  # Romanian (session 31)
        "Kada prasideda choro repeticija sekmadienį?",  # Lithuanian (session 31)
        "Mikor kezdődik a karácsonyi vásár a templomban?",  # Hungarian (session 31)
        "ഞങ്ങളുടെ ഓണാഘോഷം ശനിയാഴ്ചയാണ്, എല്ലാവരും വരണം",  # Malayalam (session 31)
        "Morri de rir na peça das crianças, parabéns a todos!",  # Portuguese (session 31)
        "Обявяваме, че хорът започва в 19 ч.",  # Bulgarian (session 31)
        "Salamat sa lahat ng tumulong sa fiesta!",  # Tagalog (session 31)
        "Asante kwa chakula kitamu jana",  # Swahili (session 31)
        "Medaase ma mo nyinaa",  # Twi (session 31)
        "আগামী শনিবার পিঠা উৎসব হবে",  # Bengali (session 31)
        "ધન્યવાદ, નવરાત્રી ખૂબ સરસ રહી",  # Gujarati (session 31)
    ],
)
def test_calm_questions_in_the_same_languages_hit_nothing(text: str) -> None:
    assert crisis.pattern_hits(crisis.normalise(text)) == []


@pytest.mark.parametrize(
    "route, text",
    [
        ("immediate_danger", "ช่วยด้วย พ่อหายใจไม่ออก"),
        ("immediate_danger", "أبي لا يتنفس، نحن في قاعة المسجد"),
        ("immediate_danger", "mon père ne respire plus"),
        ("modern_slavery", "zabrali nam paszporty i nie płacą"),
    ],
)
def test_the_detector_signposts_a_crisis_told_in_another_language(detector: crisis.CrisisDetector, route: str, text: str) -> None:
    """However little the English classifier makes of it (session 21)."""
    assert detector.detect(text).route == route
