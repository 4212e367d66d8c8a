using UnHabitat.Meetings.Domain.Reference;


namespace UnHabitat.Meetings.Domain.Tests;


[TestFixture]
public class MemberStatesTests
{
    private static readonly string[] ObserverCodes = ["VA", "PS"];

    [Test]
    public void The_catalogue_holds_193_member_states_and_2_observers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MemberStates.All, Has.Count.EqualTo(195));
            Assert.That(MemberStates.All.Count(state => !state.IsObserver), Is.EqualTo(193));
            Assert.That(
                MemberStates.All.Where(state => state.IsObserver).Select(state => state.Code),
                Is.EquivalentTo(ObserverCodes));
        });
    }

    [Test]
    public void Every_code_is_unique_and_two_upper_case_letters()
    {
        var codes = MemberStates.All.Select(state => state.Code).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(codes, Is.Unique);
            Assert.That(codes, Has.All.Matches<string>(code => code.Length == 2 && code.All(char.IsAsciiLetterUpper)));
        });
    }

    [Test]
    public void Every_name_is_unique_and_not_blank()
    {
        var names = MemberStates.All.Select(state => state.Name).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(names, Is.Unique);
            Assert.That(names, Has.None.Matches<string>(string.IsNullOrWhiteSpace));
        });
    }

    [Test]
    public void The_catalogue_is_sorted_by_name_ignoring_case()
    {
        Assert.That(MemberStates.All.Select(state => state.Name), Is.Ordered.Using((IComparer<string>)StringComparer.OrdinalIgnoreCase));
    }

    // Israel, Türkiye and the United States of America are counted in the Western European and
    // other States Group and Kiribati in the Asia-Pacific Group, so the five groups sum to 193.
    [TestCase(RegionalGroup.African, 54)]
    [TestCase(RegionalGroup.AsiaPacific, 54)]
    [TestCase(RegionalGroup.EasternEuropean, 23)]
    [TestCase(RegionalGroup.LatinAmericanAndCaribbean, 33)]
    [TestCase(RegionalGroup.WesternEuropeanAndOther, 29)]
    public void Each_regional_group_holds_its_number_of_member_states(RegionalGroup group, int expected)
    {
        Assert.That(MemberStates.All.Count(state => !state.IsObserver && state.Group == group), Is.EqualTo(expected));
    }

    [Test]
    public void The_member_states_of_the_five_groups_sum_to_193()
    {
        var counts = MemberStates.All.Where(state => !state.IsObserver).GroupBy(state => state.Group).ToDictionary(g => g.Key, g => g.Count());

        Assert.Multiple(() =>
        {
            Assert.That(counts.Keys, Is.EquivalentTo(Enum.GetValues<RegionalGroup>()));
            Assert.That(counts.Values.Sum(), Is.EqualTo(193));
        });
    }

    [TestCase("TR", "Türkiye")]
    [TestCase("IL", "Israel")]
    [TestCase("US", "United States of America")]
    [TestCase("VA", "Holy See")]
    public void Is_listed_with_the_western_european_and_other_states(string code, string name)
    {
        var state = MemberStates.Find(code);

        Assert.That(state, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(state!.Name, Is.EqualTo(name));
            Assert.That(state.Group, Is.EqualTo(RegionalGroup.WesternEuropeanAndOther));
        });
    }

    [Test]
    public void Kiribati_and_the_State_of_Palestine_are_listed_with_Asia_Pacific()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MemberStates.Find("KI")?.Group, Is.EqualTo(RegionalGroup.AsiaPacific));
            Assert.That(MemberStates.Find("PS")?.Group, Is.EqualTo(RegionalGroup.AsiaPacific));
            Assert.That(MemberStates.Find("PS")?.Name, Is.EqualTo("State of Palestine"));
        });
    }

    [TestCase("ke")]
    [TestCase("KE")]
    [TestCase("Ke")]
    [TestCase(" ke ")]
    public void Find_ignores_case_and_surrounding_white_space(string code)
    {
        Assert.That(MemberStates.Find(code)?.Name, Is.EqualTo("Kenya"));
    }

    [TestCase("XX")]
    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Find_returns_null_for_an_unknown_code(string? code)
    {
        Assert.Multiple(() =>
        {
            Assert.That(MemberStates.Find(code), Is.Null);
            Assert.That(MemberStates.IsKnown(code), Is.False);
        });
    }

    [Test]
    public void IsKnown_is_true_for_members_and_observers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(MemberStates.IsKnown("fr"), Is.True);
            Assert.That(MemberStates.IsKnown("VA"), Is.True);
        });
    }

    [TestCase("FR", "France", RegionalGroup.WesternEuropeanAndOther)]
    [TestCase("CN", "China", RegionalGroup.AsiaPacific)]
    [TestCase("BR", "Brazil", RegionalGroup.LatinAmericanAndCaribbean)]
    [TestCase("PL", "Poland", RegionalGroup.EasternEuropean)]
    [TestCase("CO", "Colombia", RegionalGroup.LatinAmericanAndCaribbean)]
    [TestCase("KE", "Kenya", RegionalGroup.African)]
    [TestCase("MX", "Mexico", RegionalGroup.LatinAmericanAndCaribbean)]
    [TestCase("GB", "United Kingdom of Great Britain and Northern Ireland", RegionalGroup.WesternEuropeanAndOther)]
    [TestCase("CI", "Côte d'Ivoire", RegionalGroup.African)]
    public void A_known_member_state_has_its_name_and_group(string code, string name, RegionalGroup group)
    {
        Assert.That(MemberStates.Find(code), Is.EqualTo(new MemberState(code, name, group, IsObserver: false)));
    }

    [TestCase("United States", "US")]
    [TestCase("USA", "US")]
    [TestCase("United States of America", "US")]
    [TestCase("United Kingdom", "GB")]
    [TestCase("UK", "GB")]
    [TestCase("Türkiye", "TR")]
    [TestCase("Turkiye", "TR")]
    [TestCase("Turkey", "TR")]
    [TestCase("Côte d'Ivoire", "CI")]
    [TestCase("Cote d'Ivoire", "CI")]
    [TestCase("cote divoire", "CI")]
    [TestCase("Russia", "RU")]
    [TestCase("Iran", "IR")]
    [TestCase("Netherlands", "NL")]
    [TestCase("The Netherlands", "NL")]
    [TestCase("Bolivia", "BO")]
    [TestCase("Venezuela", "VE")]
    [TestCase("Tanzania", "TZ")]
    [TestCase("Syria", "SY")]
    [TestCase("Laos", "LA")]
    [TestCase("Vietnam", "VN")]
    [TestCase("Viet Nam", "VN")]
    [TestCase("South Korea", "KR")]
    [TestCase("Republic of Korea", "KR")]
    [TestCase("North Korea", "KP")]
    [TestCase("Congo", "CG")]
    [TestCase("DR Congo", "CD")]
    [TestCase("Democratic Republic of the Congo", "CD")]
    [TestCase("The Gambia", "GM")]
    [TestCase("  kenya ", "KE")]
    public void A_state_is_found_by_its_name_or_a_usual_short_form(string typed, string code)
    {
        Assert.That(MemberStates.Resolve(typed)?.Code, Is.EqualTo(code));
    }

    [Test]
    public void Every_state_is_found_by_its_alpha_2_and_alpha_3_codes_in_any_case()
    {
        Assert.Multiple(() =>
        {
            foreach (var state in MemberStates.All)
            {
                Assert.That(state.Alpha3, Has.Length.EqualTo(3).And.Matches<string>(code => code.All(char.IsAsciiLetterUpper)), state.Name);
                Assert.That(MemberStates.Resolve(state.Code)?.Code, Is.EqualTo(state.Code), state.Code);
                Assert.That(MemberStates.Resolve(state.Alpha3)?.Code, Is.EqualTo(state.Code), state.Alpha3);
                Assert.That(MemberStates.Resolve(state.Alpha3.ToLowerInvariant())?.Code, Is.EqualTo(state.Code), state.Alpha3);
                Assert.That(MemberStates.Resolve(state.Name)?.Code, Is.EqualTo(state.Code), state.Name);
            }
        });
        Assert.That(MemberStates.All.Select(s => s.Alpha3), Is.Unique);
    }

    [TestCase("AUT", "AT", "Austria, not Australia (AU)")]
    [TestCase("CHN", "CN", "China, not Switzerland (CH)")]
    [TestCase("Iran (Islamic Republic of) (IR)", "IR", "the picker's own suggestion")]
    [TestCase("Kenya (KE)", "KE", "the picker's own suggestion")]
    [TestCase("Iran (Islamic Republic of)", "IR", "the United Nations name, brackets and all")]
    public void A_three_letter_code_or_a_suggestion_names_exactly_its_state(string typed, string code, string why)
    {
        Assert.That(MemberStates.Resolve(typed)?.Code, Is.EqualTo(code), why);
    }

    [TestCase("Atlantis")]
    [TestCase("Korea")]
    [TestCase("ZZZ")]
    [TestCase("Kenya (ZZ)")]
    [TestCase("")]
    [TestCase(null)]
    public void Text_that_names_no_state_is_refused_never_guessed(string? typed)
    {
        Assert.Multiple(() =>
        {
            Assert.That(MemberStates.Resolve(typed), Is.Null);
            Assert.That(MemberStates.IsKnown(typed), Is.False);
        });
    }
}
