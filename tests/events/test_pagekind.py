"""The page's own desk label (events/pagekind.py) and its part in whether a whole article is political."""

import spacy
from handparse import mention
from spacy.tokens import Doc

from eventscope.events.pagekind import DeskRules, load_desks, page_desk
from eventscope.events.senses import ArticleProfile, article_profile, load_senses
from eventscope.records import Article

STORY = ("The union's members voted on Thursday night to back the motion after a long and bitter debate that ran "
         "past midnight.")


def page(*head: str, title: str | None = "A night of debate", story: str = STORY) -> Article:
    lines = ([title] if title else []) + list(head) + [story]
    return Article(id="t", text="\n".join(lines), title=title)


def test_a_label_line_cut_by_bars_names_its_desk():
    rules = load_desks()
    assert page_desk(page("Harbour Weekly | Opera", "By Ann Lee", "4 May 2026"), rules) == "arts"
    assert page_desk(page("The Art Ledger | Auctions"), rules) == "arts"  # the outlet's own name says it
    assert page_desk(page("Campus Post | Student life"), rules) == "leisure"
    assert page_desk(page("Science"), rules) == "science"  # a short line alone


def test_a_bylines_desk_is_read_from_the_words_before_the_role():
    rules = load_desks()
    assert page_desk(page("By Sam Reed, Chief Rugby Writer"), rules) == "sport"
    assert page_desk(page("By Sam Reed, Diplomatic Editor"), rules) is None
    assert page_desk(page("By Sam Reed, Business Correspondent"), rules) is None  # politics shares that desk


def test_political_and_shared_desks_name_no_desk_without_politics():
    rules = load_desks()
    for label in ("World | Africa", "Politics | Parliament", "Opinion", "Business | Companies", "Technology | Cyber",
                  "Sahel Programme | Policy brief No. 12 | 3 May 2026", "Year in review | Asia desk"):
        assert page_desk(page(label), rules) is None, label


def test_the_headline_and_the_story_are_not_read_as_labels():
    rules = load_desks()
    # the headline is the story's topic ("Film"), given as the title or as the first line of a page with no title
    assert page_desk(page("By Ann Lee", title="Film"), rules) is None
    assert page_desk(Article(id="t", text="Arts funding cut\nBy Ann Lee\n" + STORY), rules) is None
    # a line below the story's first paragraph is no label, nor is a long line of the story
    assert page_desk(page(story=STORY + "\nMusic"), rules) is None
    assert page_desk(page("The minister said the music festival would lose its grant next year."), rules) is None


def test_a_menu_of_desks_is_no_label():
    rules = load_desks()
    assert page_desk(page("Home | World | Sport | Culture | Science"), rules) is None
    assert page_desk(page("News", "Sport", "Culture", "By Ann Lee"), rules) is None
    assert page_desk(page("Entertainment | TV", "By Jo Bell, entertainment reporter"), rules) == "arts"  # one desk


def test_no_desks_no_reading():
    assert page_desk(page("Music | Opera"), DeskRules()) is None


def test_a_page_from_a_desk_without_politics_is_no_political_page():
    rules = load_senses()
    assert not ArticleProfile(sentences=20, political_share=0.7, domain=None, whole=True, desk="arts").is_political(rules)
    assert ArticleProfile(sentences=20, political_share=0.7, domain=None, whole=True).is_political(rules)
    # a lone sentence or a short note is always judged political
    assert ArticleProfile(sentences=2, political_share=0.7, domain=None, whole=False, desk="arts").is_political(rules)


def test_the_profile_of_a_whole_article_reads_its_desk():
    # Every sentence names a political actor (a general in an opera's plot), but the page is filed under Music.
    def profile(label: list[str], reading: str = "article") -> ArticleProfile:
        sentences = [label] + [["The", "general", "seized", "the", "palace", "."],
                               ["The", "general", "arrested", "the", "president", "."]] * 3
        words = [w for s in sentences for w in s]
        starts = [i == 0 for s in sentences for i in range(len(s))]
        # (the label is a line of its own: no space before the line break that ends it)
        spaces = [w != "." and words[i + 1:i + 2] != ["\n"] and w != "\n" for i, w in enumerate(words)]
        doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, sent_starts=starts)
        found = [mention(doc, i + 1, i + 2, "general", "XXX") for i, w in enumerate(words) if w == "The"]
        for m in found:
            m.actor.sectors = ["MIL"]
        article = Article(id="t", text=doc.text, title="A coup in three acts")
        return article_profile(doc, article, found, load_senses(), reading)

    labelled = profile(["Music", "|", "Opera", "\n"])
    assert labelled.desk == "arts" and labelled.political_share > 0.5 and not labelled.is_political(load_senses())
    assert profile(["World", "|", "Africa", "\n"]).desk is None
    assert profile(["Music", "|", "Opera", "\n"], "sentences").desk is None  # lone sentences: no page to label
