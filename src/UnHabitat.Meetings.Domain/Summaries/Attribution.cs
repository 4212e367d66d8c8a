using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Domain.Summaries;

/// <summary>
/// The printed lead-in of an intervention (HOUSE-STYLE.md section 1). Anonymous: inside one block the first
/// State is "A Member State"; "The same Member State" only when that State spoke in the immediately preceding
/// paragraph of the block (a reader cannot tell which State "the same" is once someone else spoke in between);
/// any other State "Another Member State"; several jointly "Member States"; a group statement is always
/// "A Member State, speaking on behalf of the Group …" (it speaks for the group, not as the State heard before).
/// Named: "The delegate from France". Named in capitals: "FRANCE". The Chair and the Secretariat always by role.
/// </summary>
public sealed class Attribution
{
    private readonly HashSet<string> _mentioned = new(StringComparer.Ordinal);

    // Officials introduced so far (by name): with their function the first time, by function after.
    private readonly HashSet<string> _introduced = new(StringComparer.Ordinal);

    /// <summary>The single State that spoke in the immediately preceding paragraph of the block, if any.</summary>
    private string? _previous;

    /// <summary>Starts a new block (a new topic, or the general part of a round): nobody is mentioned yet.</summary>
    public void NewBlock()
    {
        _mentioned.Clear();
        _previous = null;
    }

    /// <summary>The lead-in of the next paragraph of the block; call it for every intervention in order, also those printed with an override.</summary>
    public string LeadIn(Speaker speaker, AttributionPolicy policy)
    {
        var previous = _previous;
        _previous = speaker.Kind is SpeakerKind.MemberState or SpeakerKind.Group ? speaker.MemberState : null;
        var leadIn = speaker.Kind switch
        {
            SpeakerKind.Chair => "The Chair",
            SpeakerKind.Secretariat => "The Secretariat",
            SpeakerKind.Observer => Observer(speaker, policy),
            SpeakerKind.Official => Official(speaker),
            SpeakerKind.MemberStates => Joint(speaker, policy),
            SpeakerKind.Group => $"{GroupSpeaker(speaker.MemberState!, policy)}, speaking on behalf of {Article(speaker.OnBehalfOf!)},",
            _ => State(speaker.MemberState!, policy, previous),
        };
        return leadIn;
    }

    private string GroupSpeaker(string code, AttributionPolicy policy)
    {
        if (policy != AttributionPolicy.Anonymous)
        {
            return State(code, policy, null);
        }

        _mentioned.Add(code);
        return "A Member State";
    }

    private string State(string code, AttributionPolicy policy, string? previous)
    {
        // Running text names a State as a sentence does ("the Netherlands"), not as the list sorts it.
        var name = Reference.StateNames.InSentence(code);
        if (policy == AttributionPolicy.NamedCapitals)
        {
            return name.ToUpperInvariant();
        }

        if (policy == AttributionPolicy.Named)
        {
            return $"The delegate from {name}";
        }

        var phrase = _mentioned.Count == 0 ? "A Member State" : previous == code ? "The same Member State" : "Another Member State";
        _mentioned.Add(code);
        return phrase;
    }

    private static string Joint(Speaker speaker, AttributionPolicy policy)
    {
        var names = speaker.JointStates.Select(Reference.StateNames.InSentence).ToList();
        return policy switch
        {
            AttributionPolicy.NamedCapitals => Join(names.Select(n => n.ToUpperInvariant()).ToList()),
            AttributionPolicy.Named => $"The delegates from {Join(names)}",
            _ => "Member States",
        };
    }

    /// <summary>"Ms. A. Example, Director-General of …," the first time; "The Director-General of …" after.</summary>
    public string Official(Speaker speaker)
    {
        ArgumentNullException.ThrowIfNull(speaker);
        var name = speaker.Name ?? "";
        if (string.IsNullOrWhiteSpace(speaker.Function))
        {
            return name;
        }

        return _introduced.Add(name) ? $"{name}, {speaker.Function}," : "The " + speaker.Function;
    }

    private static string Observer(Speaker speaker, AttributionPolicy policy) =>
        string.IsNullOrWhiteSpace(speaker.Name) || policy == AttributionPolicy.Anonymous
            ? "An observer"
            : policy == AttributionPolicy.NamedCapitals ? speaker.Name.ToUpperInvariant() : $"The observer for {speaker.Name}";

    /// <summary>"the Group of 77 and China", "the African Group"; a name that already has "the" keeps it.</summary>
    private static string Article(string group) =>
        group.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? group : "the " + group;

    private static string Join(List<string> names) =>
        names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";
}
