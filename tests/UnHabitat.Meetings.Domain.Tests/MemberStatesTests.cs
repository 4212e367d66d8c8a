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
    [TestCase("KEN")]
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
}
