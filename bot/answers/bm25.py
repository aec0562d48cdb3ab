"""BM25 over article text: the classic lexical ranking. The answerer uses it to nudge its
classifier towards articles whose own words match ("SORP", "honorarium"); `make bench` also runs
it alone as a baseline."""

from __future__ import annotations

import math
import re
from collections import Counter

from bot.answers.knowledge import Article
from bot.answers.text import normalise

_STOP = set(
    "a an and are as at be but by can do does for from has have how i if in is it its me my of on or our "
    "should so that the their them there they this to us was we what when where which who will with you your".split()
)


def tokens(text: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9£]+", normalise(text)) if t not in _STOP]


class BM25:
    def __init__(self, docs: dict[str, str], k1: float = 1.5, b: float = 0.75) -> None:
        self.ids = list(docs)
        self.tfs = [Counter(tokens(docs[i])) for i in self.ids]
        self.lengths = [sum(tf.values()) for tf in self.tfs]
        self.avg = sum(self.lengths) / len(self.lengths)
        df: Counter[str] = Counter()
        for tf in self.tfs:
            df.update(tf.keys())
        n = len(self.ids)
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self.k1, self.b = k1, b

    def rank(self, query: str) -> list[tuple[str, float]]:
        q = tokens(query)
        scores = []
        for doc_id, tf, length in zip(self.ids, self.tfs, self.lengths):
            s = 0.0
            for term in q:
                f = tf.get(term, 0)
                if f:
                    s += self.idf[term] * f * (self.k1 + 1) / (f + self.k1 * (1 - self.b + self.b * length / self.avg))
            scores.append((doc_id, s))
        return sorted(scores, key=lambda x: -x[1])

    @classmethod
    def over_articles(cls, articles: dict[str, Article]) -> "BM25":
        return cls({a.id: " ".join([a.title, a.answer, a.detail, *a.next_steps]) for a in articles.values()})
