using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Domain.Records;

/// <summary>
/// The real speaker of an intervention: one State, several jointly, a State for a group, the Chair, the
/// Secretariat or an observer. Kept even when the summary is anonymous (search, statistics, follow-up).
/// </summary>
public sealed record Speaker
{
    public Speaker(SpeakerKind kind, string? memberState = null, IReadOnlyList<string>? memberStates = null, string? onBehalfOf = null, string? name = null, string? function = null)
    {
        Kind = kind;
        MemberState = memberState is null ? null : Reference.MemberStates.Canonical(memberState);
        MemberStates = memberStates is null ? "" : string.Join(',', memberStates.Select(Reference.MemberStates.Canonical));
        OnBehalfOf = onBehalfOf;
        Name = name;
        Function = function.TrimToNull();
        switch (kind)
        {
            case SpeakerKind.Official when string.IsNullOrWhiteSpace(name):
                throw new DomainRuleException("OfficialIsNamed", "Say which official spoke (e.g. Ms. A. Example).");
            case SpeakerKind.MemberState or SpeakerKind.Group when !Reference.MemberStates.IsKnown(MemberState):
                throw new DomainRuleException("SpeakerMustBeAMemberState", "Say which Member State spoke (its ISO code).");
            case SpeakerKind.Group when string.IsNullOrWhiteSpace(onBehalfOf):
                throw new DomainRuleException("GroupStatementNamesTheGroup", "Say on behalf of which group the State spoke.");
            case SpeakerKind.MemberStates when JointStates.Count < 2:
                throw new DomainRuleException("JointStatementHasSeveralStates", "A joint statement has at least two Member States.");
        }
    }

    /// <summary>For EF Core.</summary>
    private Speaker()
    {
        MemberStates = "";
    }

    public SpeakerKind Kind { get; private init; }

    /// <summary>The State that spoke (alone, or for a group).</summary>
    public string? MemberState { get; private init; }

    /// <summary>For a joint statement: the States' codes, comma-separated (kept as one column).</summary>
    public string MemberStates { get; private init; }

    public string? OnBehalfOf { get; private init; }

    /// <summary>An observer's organisation or a person's name, where it matters.</summary>
    public string? Name { get; private init; }

    /// <summary>An official's function ("Director-General of the United Nations Office at Nairobi (UNON)").</summary>
    public string? Function { get; private init; }

    public IReadOnlyList<string> JointStates => MemberStates.Length == 0 ? [] : MemberStates.Split(',');

    public string? StateName => Reference.MemberStates.Find(MemberState)?.Name;
}
