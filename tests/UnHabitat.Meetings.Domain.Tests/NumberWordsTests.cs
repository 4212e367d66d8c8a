using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Tests;

[TestFixture]
public sealed class NumberWordsTests
{
    [TestCase(1, "first")]
    [TestCase(2, "second")]
    [TestCase(3, "third")]
    [TestCase(4, "fourth")]
    [TestCase(5, "fifth")]
    [TestCase(6, "sixth")]
    [TestCase(7, "seventh")]
    [TestCase(8, "eighth")]
    [TestCase(9, "ninth")]
    [TestCase(10, "tenth")]
    [TestCase(11, "eleventh")]
    [TestCase(12, "twelfth")]
    [TestCase(13, "thirteenth")]
    [TestCase(14, "fourteenth")]
    [TestCase(15, "fifteenth")]
    [TestCase(16, "sixteenth")]
    [TestCase(17, "seventeenth")]
    [TestCase(18, "eighteenth")]
    [TestCase(19, "nineteenth")]
    [TestCase(20, "twentieth")]
    [TestCase(21, "twenty-first")]
    [TestCase(22, "twenty-second")]
    [TestCase(23, "twenty-third")]
    [TestCase(24, "twenty-fourth")]
    [TestCase(25, "twenty-fifth")]
    [TestCase(30, "thirtieth")]
    [TestCase(40, "fortieth")]
    [TestCase(56, "fifty-sixth")]
    [TestCase(99, "ninety-ninth")]
    [TestCase(100, "one hundredth")]
    [TestCase(101, "one hundred and first")]
    [TestCase(110, "one hundred and tenth")]
    [TestCase(342, "three hundred and forty-second")]
    [TestCase(999, "nine hundred and ninety-ninth")]
    public void An_ordinal_is_written_in_lower_case_british_words(int n, string expected)
    {
        Assert.That(NumberWords.Ordinal(n), Is.EqualTo(expected));
    }

    [Test]
    public void The_fifty_sixth_meeting_is_written_fifty_sixth()
    {
        Assert.That($"the {NumberWords.Ordinal(56)} meeting", Is.EqualTo("the fifty-sixth meeting"));
    }

    [TestCase(0)]
    [TestCase(-1)]
    [TestCase(1000)]
    public void An_ordinal_outside_one_to_nine_hundred_and_ninety_nine_is_refused(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberWords.Ordinal(n));
    }

    [TestCase(0, "zero")]
    [TestCase(1, "one")]
    [TestCase(12, "twelve")]
    [TestCase(19, "nineteen")]
    [TestCase(20, "twenty")]
    [TestCase(56, "fifty-six")]
    [TestCase(100, "one hundred")]
    [TestCase(105, "one hundred and five")]
    [TestCase(340, "three hundred and forty")]
    [TestCase(999, "nine hundred and ninety-nine")]
    public void A_cardinal_is_written_in_lower_case_british_words(int n, string expected)
    {
        Assert.That(NumberWords.Cardinal(n), Is.EqualTo(expected));
    }

    [TestCase(-1)]
    [TestCase(1000)]
    public void A_cardinal_outside_zero_to_nine_hundred_and_ninety_nine_is_refused(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberWords.Cardinal(n));
    }

    [TestCase("second session of 2020", "Second session of 2020")]
    [TestCase("fifty-sixth", "Fifty-sixth")]
    [TestCase("Already", "Already")]
    [TestCase("x", "X")]
    [TestCase("", "")]
    public void Capitalising_upper_cases_only_the_first_letter(string text, string expected)
    {
        Assert.That(NumberWords.Capitalised(text), Is.EqualTo(expected));
    }

    [Test]
    public void A_session_title_reads_as_a_sentence()
    {
        Assert.That(
            NumberWords.Capitalised($"{NumberWords.Ordinal(2)} session of 2020"),
            Is.EqualTo("Second session of 2020"));
    }

    [TestCase(1, "i")]
    [TestCase(2, "ii")]
    [TestCase(3, "iii")]
    [TestCase(4, "iv")]
    [TestCase(5, "v")]
    [TestCase(6, "vi")]
    [TestCase(7, "vii")]
    [TestCase(8, "viii")]
    [TestCase(9, "ix")]
    [TestCase(10, "x")]
    [TestCase(14, "xiv")]
    [TestCase(40, "xl")]
    [TestCase(90, "xc")]
    [TestCase(400, "cd")]
    [TestCase(1999, "mcmxcix")]
    [TestCase(3999, "mmmcmxcix")]
    public void A_roman_numeral_is_written_in_lower_case_for_sub_items(int n, string expected)
    {
        Assert.That(RomanNumerals.Lower(n), Is.EqualTo(expected));
    }

    [TestCase(1, "I")]
    [TestCase(4, "IV")]
    [TestCase(14, "XIV")]
    [TestCase(1999, "MCMXCIX")]
    public void A_roman_numeral_is_written_in_upper_case_for_sections(int n, string expected)
    {
        Assert.That(RomanNumerals.Upper(n), Is.EqualTo(expected));
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(4000)]
    public void A_roman_numeral_outside_one_to_three_thousand_nine_hundred_and_ninety_nine_is_refused(int n)
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumerals.Lower(n));
            Assert.Throws<ArgumentOutOfRangeException>(() => RomanNumerals.Upper(n));
        });
    }
}
