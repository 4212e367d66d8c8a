using UnHabitat.Meetings.Application.Search;

namespace UnHabitat.Meetings.Application.Tests;

/// <summary>How the search reads a query and marks a snippet, the same on every engine (ADR 023).</summary>
[TestFixture]
public sealed class SearchTextTests
{
    [Test]
    public void Chinese_characters_are_indexed_as_words_of_their_own_and_read_back_without_the_spaces()
    {
        var prepared = SearchText.Prepare("关于城市适足住房的报告 (2024年)");

        Assert.That(prepared, Is.EqualTo("关 于 城 市 适 足 住 房 的 报 告 (2024 年 )"));
        Assert.That(SearchText.Restore(prepared), Does.StartWith("关于城市适足住房的报告"));
    }

    [Test]
    public void A_query_is_cut_into_words_and_phrases_of_ideographs_and_nothing_an_engine_could_read_as_syntax()
    {
        Assert.That(SearchText.Terms("Donate \"Now\" OR housing* 住房 -الإسكان"), Is.EqualTo(new[] { "donate", "now", "or", "housing", "住 房", "الإسكان" }));
        Assert.That(SearchText.Terms("\" * ( ) :"), Is.Empty);
    }

    [TestCase("HSP/EB.2020/10/Rev.1", "HSP/EB.2020/10/REV.1", "HSP/EB.2020/10")]
    [TestCase("EB.2020/10", "EB.2020/10", "EB.2020/10")]
    [TestCase(" hsp/ha.2/res.5 ", "HSP/HA.2/RES.5", "HSP/HA.2/RES.5")]
    [TestCase("HSP/EB.2020/10/Add.1/Rev.2", "HSP/EB.2020/10/ADD.1/REV.2", "HSP/EB.2020/10")]
    public void A_symbol_is_read_with_the_document_its_suffixes_belong_to(string query, string symbol, string family)
    {
        var read = SearchText.AsSymbol(query);

        Assert.That(read, Is.EqualTo(symbol));
        Assert.That(SearchText.SymbolFamily(read!), Is.EqualTo(family));
    }

    [TestCase("adequate housing")]
    [TestCase("2024")]
    [TestCase("and / or")]
    public void Words_are_not_a_symbol(string query) => Assert.That(SearchText.AsSymbol(query), Is.Null);

    [Test]
    public void A_snippet_marks_the_words_and_their_inflections_and_encodes_everything_else()
    {
        var snippet = SearchText.Snippet("Member States <welcomed> the housing platform & the houses built.", SearchText.Terms("housing"));

        Assert.That(snippet, Is.EqualTo("Member States &lt;welcomed&gt; the <mark>housing</mark> platform &amp; the <mark>houses</mark> built."));
    }

    [Test]
    public void A_long_text_is_cut_around_the_first_word_found()
    {
        var text = string.Join(' ', Enumerable.Repeat("filler", 100)) + " the pomegranate assessment " + string.Join(' ', Enumerable.Repeat("filler", 100));

        var snippet = SearchText.Snippet(text, SearchText.Terms("pomegranate"));

        Assert.That(snippet, Does.StartWith("… ").And.EndWith(" …").And.Contain("<mark>pomegranate</mark>"));
        Assert.That(snippet.Length, Is.LessThan(300));
    }
}
