using UnHabitat.Meetings.Domain.Documents;

namespace UnHabitat.Meetings.Domain.Tests;

[TestFixture]
public sealed class DocumentSymbolTests
{
    private const string MessageStart = "A symbol looks like HSP/EB.2020/10/Rev.1: ";

    [TestCase("HSP/EB.2020/19")]
    [TestCase("HSP/EB.2020/10/Rev.1")]
    [TestCase("HSP/HA.2/RES.5")]
    [TestCase("HSP/HA.1/HLS.3")]
    [TestCase("HSP/EB.2024/DEC.3")]
    [TestCase("HSP/EB.2023/INF/2")]
    [TestCase("HSP/EB.2023/INF/2/Rev.1")]
    [TestCase("HSP/HA.2/NGO/3")]
    [TestCase("HSP/EB.2026/CRP.1")]
    [TestCase("HSP/GC/26/1")]
    [TestCase("HSP/GC/20/2/Add.2")]
    [TestCase("HSP/GC/26/L.3")]
    [TestCase("HSP/EB.2023/L.4")]
    [TestCase("HSP/OEWG.2022/3")]
    [TestCase("HSP/OEWG-H.2023/2")]
    [TestCase("HSP/EB.2020/19/Add.1")]
    [TestCase("HSP/EB.2020/10/Corr.1")]
    [TestCase("HSP/EB.2020/10/Add.1/Rev.1")]
    [TestCase("HSP/HA.2/RES.5/Corr.2")]
    public void A_valid_symbol_parses_and_is_written_back_unchanged(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(DocumentSymbol.TryParse(text, out var symbol, out var error), Is.True);
            Assert.That(error, Is.Null);
            Assert.That(symbol!.ToString(), Is.EqualTo(text));
            Assert.That(DocumentSymbol.Parse(text).ToString(), Is.EqualTo(text));
        });
    }

    [TestCase("hsp/eb.2020/10/rev.1", "HSP/EB.2020/10/Rev.1")]
    [TestCase("  HSP/EB.2020/19  ", "HSP/EB.2020/19")]
    [TestCase("Hsp/Ha.2/res.5", "HSP/HA.2/RES.5")]
    [TestCase("HSP/EB.2020/10/ADD.1/CORR.2", "HSP/EB.2020/10/Add.1/Corr.2")]
    [TestCase("HSP/EB.2020/010", "HSP/EB.2020/10")]
    [TestCase("hsp/eb.2023/inf/2", "HSP/EB.2023/INF/2")]
    [TestCase("HSP/GC.26/1", "HSP/GC/26/1")]
    public void A_symbol_is_written_in_its_canonical_form(string text, string canonical)
    {
        Assert.That(DocumentSymbol.Parse(text).ToString(), Is.EqualTo(canonical));
    }

    [Test]
    public void A_symbol_is_split_into_its_parts()
    {
        var symbol = DocumentSymbol.Parse("HSP/EB.2020/10/Add.1/Rev.2");

        Assert.Multiple(() =>
        {
            Assert.That(symbol.Prefix, Is.EqualTo("HSP"));
            Assert.That(symbol.Organ, Is.EqualTo("EB"));
            Assert.That(symbol.Series, Is.EqualTo("2020"));
            Assert.That(symbol.Kind, Is.Null);
            Assert.That(symbol.Number, Is.EqualTo(10));
            Assert.That(symbol.Suffixes, Is.EqualTo(new[]
            {
                new SymbolSuffix(SuffixKind.Add, 1),
                new SymbolSuffix(SuffixKind.Rev, 2),
            }));
        });
    }

    [Test]
    public void A_resolution_symbol_carries_its_series_kind()
    {
        var symbol = DocumentSymbol.Parse("HSP/HA.2/RES.5");

        Assert.Multiple(() =>
        {
            Assert.That(symbol.Organ, Is.EqualTo("HA"));
            Assert.That(symbol.Series, Is.EqualTo("2"));
            Assert.That(symbol.Kind, Is.EqualTo("RES"));
            Assert.That(symbol.Number, Is.EqualTo(5));
            Assert.That(symbol.Suffixes, Is.Empty);
        });
    }

    [TestCase(null, "empty")]
    [TestCase("", "empty")]
    [TestCase("   ", "empty")]
    [TestCase("EB.2020/10", "prefix such as HSP/")]
    [TestCase("HSP/EB/10", "followed by a dot and the year or session")]
    [TestCase("HSP/EB/10/Rev.1", "followed by a dot and the year or session")]
    [TestCase("HSP/EB.2020/", "document number after 'HSP/EB.2020/' is missing")]
    [TestCase("HSP/EB.2020", "document number after 'HSP/EB.2020/' is missing")]
    [TestCase("HSP/EB.2020/0", "1 or more")]
    [TestCase("HSP/EB.2020/abc", "document number such as 10")]
    [TestCase("HSP/EB.2020/10/Rev", "'Rev' needs a dot and a number, as in Rev.1")]
    [TestCase("HSP/EB.2020/10/Rev.0", "1 or more")]
    [TestCase("HSP/EB.2020/10/Rev.x", "1 or more")]
    [TestCase("HSP/EB.2020/10/Foo.1", "only Rev.n (revision), Corr.n (corrigendum) and Add.n (addendum)")]
    [TestCase("HSP/EB.2020/10//Rev.1", "empty part")]
    [TestCase("HSP/EB.2020/10/Rev.1/", "empty part")]
    [TestCase("HSP/EB.2020/ 10", "spaces")]
    [TestCase("HSP/EB.2020/10/Rev. 1", "spaces")]
    [TestCase("HSP/EB.20x0/10", "year or session")]
    [TestCase("HSP/E1B.2020/10", "organ")]
    [TestCase("HSP/EB.2020/Rev.1", "document number is missing before 'Rev.1'")]
    [TestCase("HSP/EB.2020/R3S.5", "letters only")]
    [TestCase("HSP/EB.2020/INF.2", "numbered after a slash, as in HSP/EB.2020/INF/2")]
    [TestCase("HSP/EB.2023/CRP/1", "numbered after a dot, as in HSP/EB.2023/CRP.1")]
    [TestCase("HSP/EB.2020/FOO.1", "'FOO' is not a series of UN symbols")]
    [TestCase("HSP/EB.2023/INF", "number after 'HSP/EB.2023/INF/' is missing")]
    [TestCase("HSP/EB/2020/10", "only the Governing Council's session follows a slash")]
    [TestCase("HSP/GC/26", "document number after 'HSP/GC/26/' is missing")]
    [TestCase("HSP/GC/26/1/Summary", "only Rev.n (revision), Corr.n (corrigendum) and Add.n (addendum)")]
    [TestCase("HSP/EB.2020/10/Add.1/Add.1/Add.1/Add.1/Add.1/Add.1/Add.1/Add.1", "at most 60 characters")]
    public void An_invalid_symbol_is_refused_with_a_message_that_says_what_is_wrong(string? text, string explanation)
    {
        Assert.Multiple(() =>
        {
            Assert.That(DocumentSymbol.TryParse(text, out var symbol, out var error), Is.False);
            Assert.That(symbol, Is.Null);
            Assert.That(error, Does.StartWith(MessageStart));
            Assert.That(error, Does.Contain(explanation));
        });
    }

    [Test]
    public void Parsing_an_invalid_symbol_throws_a_format_exception_with_the_same_message()
    {
        var parsed = DocumentSymbol.TryParse("HSP/EB.2020/10/Rev.0", out _, out var error);

        var exception = Assert.Throws<FormatException>(() => DocumentSymbol.Parse("HSP/EB.2020/10/Rev.0"));

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(exception!.Message, Is.EqualTo(error));
        });
    }

    [Test]
    public void A_symbol_of_exactly_60_characters_is_accepted_and_one_of_61_is_refused()
    {
        var sixty = "HSP/EB.2020/10" + string.Concat(Enumerable.Repeat("/Add.1", 6)) + "/Corr.1234";
        var sixtyOne = sixty + "5";

        Assert.Multiple(() =>
        {
            Assert.That(sixty, Has.Length.EqualTo(60));
            Assert.That(DocumentSymbol.TryParse(sixty, out _, out _), Is.True);
            Assert.That(sixtyOne, Has.Length.EqualTo(61));
            Assert.That(DocumentSymbol.TryParse(sixtyOne, out _, out var error), Is.False);
            Assert.That(error, Does.Contain("at most 60 characters"));
        });
    }

    [TestCase("HSP/EB.2020/10/Add.1/Rev.1", "HSP/EB.2020")]
    [TestCase("HSP/HA.2/RES.5", "HSP/HA.2")]
    [TestCase("HSP/OEWG.2022/3", "HSP/OEWG.2022")]
    [TestCase("HSP/GC/20/2/Add.2", "HSP/GC/20")]
    [TestCase("HSP/EB.2023/INF/2", "HSP/EB.2023")]
    public void The_series_prefix_is_the_bodys_series(string text, string seriesPrefix)
    {
        Assert.That(DocumentSymbol.Parse(text).SeriesPrefix, Is.EqualTo(seriesPrefix));
    }

    [TestCase("HSP/EB.2020/10/Add.1/Rev.1", "HSP/EB.2020/10")]
    [TestCase("HSP/HA.2/RES.5/Corr.1", "HSP/HA.2/RES.5")]
    [TestCase("HSP/EB.2020/19", "HSP/EB.2020/19")]
    public void The_base_symbol_drops_every_suffix(string text, string baseSymbol)
    {
        var symbol = DocumentSymbol.Parse(text).Base;

        Assert.Multiple(() =>
        {
            Assert.That(symbol.ToString(), Is.EqualTo(baseSymbol));
            Assert.That(symbol.Suffixes, Is.Empty);
        });
    }

    [TestCase("HSP/EB.2020/10", false, false, false)]
    [TestCase("HSP/EB.2020/10/Rev.1", true, false, false)]
    [TestCase("HSP/EB.2020/10/Corr.1", false, true, false)]
    [TestCase("HSP/EB.2020/10/Add.1", false, false, true)]
    [TestCase("HSP/EB.2020/10/Add.1/Rev.1", true, false, false)]
    [TestCase("HSP/EB.2020/10/Rev.1/Add.2", false, false, true)]
    public void What_a_symbol_is_depends_on_its_last_suffix(string text, bool revision, bool corrigendum, bool addendum)
    {
        var symbol = DocumentSymbol.Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(symbol.IsRevision, Is.EqualTo(revision));
            Assert.That(symbol.IsCorrigendum, Is.EqualTo(corrigendum));
            Assert.That(symbol.IsAddendum, Is.EqualTo(addendum));
        });
    }

    [Test]
    public void Adding_a_suffix_appends_it_and_leaves_the_original_unchanged()
    {
        var original = DocumentSymbol.Parse("HSP/EB.2020/10");

        var addendum = original.WithSuffix(SuffixKind.Add, 1);
        var revised = addendum.WithSuffix(SuffixKind.Rev, 1);

        Assert.Multiple(() =>
        {
            Assert.That(original.ToString(), Is.EqualTo("HSP/EB.2020/10"));
            Assert.That(addendum.ToString(), Is.EqualTo("HSP/EB.2020/10/Add.1"));
            Assert.That(revised.ToString(), Is.EqualTo("HSP/EB.2020/10/Add.1/Rev.1"));
            Assert.That(revised.IsRevision, Is.True);
            Assert.That(revised, Is.EqualTo(DocumentSymbol.Parse("HSP/EB.2020/10/Add.1/Rev.1")));
        });
    }

    [Test]
    public void A_suffix_numbered_zero_is_refused()
    {
        var symbol = DocumentSymbol.Parse("HSP/EB.2020/10");

        Assert.Throws<ArgumentOutOfRangeException>(() => symbol.WithSuffix(SuffixKind.Corr, 0));
    }

    [Test]
    public void A_suffix_that_would_make_the_symbol_longer_than_60_characters_is_refused()
    {
        var symbol = DocumentSymbol.Parse("HSP/EB.2020/10" + string.Concat(Enumerable.Repeat("/Add.1", 6)) + "/Corr.1234");

        Assert.Throws<InvalidOperationException>(() => symbol.WithSuffix(SuffixKind.Rev, 1));
    }

    [Test]
    public void A_symbol_in_a_series_is_built_from_the_bodys_prefix_the_series_and_the_number()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DocumentSymbol.InSeries("HSP/EB", "2020", 10).ToString(), Is.EqualTo("HSP/EB.2020/10"));
            Assert.That(DocumentSymbol.InSeries("HSP/HA", "2", "RES", 5).ToString(), Is.EqualTo("HSP/HA.2/RES.5"));
            Assert.That(
                DocumentSymbol.InSeries("HSP/EB", "2020", 10),
                Is.EqualTo(DocumentSymbol.Parse("HSP/EB.2020/10")));
        });
    }

    [Test]
    public void A_symbol_in_a_series_refuses_a_bad_prefix_series_or_number()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => DocumentSymbol.InSeries("HSP/EB", "2020", 0));
            Assert.Throws<ArgumentException>(() => DocumentSymbol.InSeries("EB", "2020", 1));
            Assert.Throws<ArgumentException>(() => DocumentSymbol.InSeries("HSP/EB", "twenty", 1));
            Assert.Throws<ArgumentException>(() => DocumentSymbol.InSeries("HSP/EB", "2020/10/Rev", 1));
        });
    }

    [Test]
    public void Two_parses_of_the_same_symbol_are_equal()
    {
        var first = DocumentSymbol.Parse("HSP/EB.2020/10/Add.1/Rev.1");
        var second = DocumentSymbol.Parse("HSP/EB.2020/10/Add.1/Rev.1");

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.Not.SameAs(first));
            Assert.That(second, Is.EqualTo(first));
            Assert.That(second == first, Is.True);
            Assert.That(second.GetHashCode(), Is.EqualTo(first.GetHashCode()));
        });
    }

    [Test]
    public void Two_spellings_of_the_same_symbol_are_equal_and_different_symbols_are_not()
    {
        var canonical = DocumentSymbol.Parse("HSP/EB.2020/10/Rev.1");

        Assert.Multiple(() =>
        {
            Assert.That(DocumentSymbol.Parse("hsp/eb.2020/10/rev.1"), Is.EqualTo(canonical));
            Assert.That(DocumentSymbol.Parse("HSP/EB.2020/10/Rev.2"), Is.Not.EqualTo(canonical));
            Assert.That(DocumentSymbol.Parse("HSP/EB.2020/10"), Is.Not.EqualTo(canonical));
            Assert.That(DocumentSymbol.Parse("HSP/EB.2020/10") != canonical, Is.True);
            Assert.That(new HashSet<DocumentSymbol> { canonical, DocumentSymbol.Parse("hsp/eb.2020/10/rev.1") }, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void A_symbol_in_a_special_series_is_built_with_the_separator_its_series_takes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DocumentSymbol.InSeries("HSP/EB", "2026", "CRP", 1).ToString(), Is.EqualTo("HSP/EB.2026/CRP.1"));
            Assert.That(DocumentSymbol.InSeries("HSP/EB", "2023", "INF", 2).ToString(), Is.EqualTo("HSP/EB.2023/INF/2"));
            Assert.That(DocumentSymbol.InSeries("HSP/GC", "26", 1).ToString(), Is.EqualTo("HSP/GC/26/1"));
            Assert.That(DocumentSymbol.Parse("HSP/EB.2023/INF/2").Kind, Is.EqualTo("INF"));
            Assert.That(DocumentSymbol.Parse("HSP/GC/20/2/Add.2").Organ, Is.EqualTo("GC"));
        });
    }
}
