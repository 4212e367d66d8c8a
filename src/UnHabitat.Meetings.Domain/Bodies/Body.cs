using System.Diagnostics.CodeAnalysis;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Bodies;

/// <summary>
/// A governing or subsidiary body the Secretariat serves: the Assembly, the Executive Board, its working
/// groups, bureaux and informal groups. It owns its chairs and its membership by Member State.
/// </summary>
public sealed class Body : AggregateRoot
{
    public const int DefaultDocumentDeadlineDays = 7;

    private readonly List<BodyChair> _chairs = [];
    private readonly List<BodyMembership> _members = [];

    public Body(
        Guid id,
        string name,
        string shortName,
        BodyKind kind,
        string symbolPrefix,
        SummaryStyle summaryStyle,
        AttributionPolicy attribution,
        int documentDeadlineDays = DefaultDocumentDeadlineDays)
        : base(id)
    {
        Set(name, shortName, kind, symbolPrefix, summaryStyle, attribution, documentDeadlineDays);
    }

    /// <summary>For EF Core, which binds the constructor with the fewest parameters.</summary>
    private Body()
    {
        Name = ShortName = SymbolPrefix = "";
    }

    public string Name { get; private set; }

    public string ShortName { get; private set; }

    public BodyKind Kind { get; private set; }

    public Guid? ParentBodyId { get; private set; }

    public string SymbolPrefix { get; private set; }

    public SummaryStyle SummaryStyle { get; private set; }

    public AttributionPolicy Attribution { get; private set; }

    /// <summary>Days before a meeting by which its documents must be posted (the seven-day rule).</summary>
    public int DocumentDeadlineDays { get; private set; }

    /// <summary>The usual distribution of the body's documents and summaries.</summary>
    public Documents.Distribution DocumentDistribution { get; private set; } = Documents.Distribution.General;

    /// <summary>
    /// How the body's journal names the Secretariat: the Board's and the Assembly's journals say "UN-Habitat";
    /// null keeps "the Secretariat".
    /// </summary>
    public string? SecretariatName { get; private set; }

    public IReadOnlyList<BodyChair> Chairs => _chairs;

    public IReadOnlyList<BodyMembership> Members => _members;

    public bool IsChairedBy(Guid userId) => _chairs.Exists(c => c.UserId == userId);

    /// <summary>
    /// Who reads the body's work in progress (draft agendas and summaries, the record, attendance, action
    /// points, unpublished documents): the Secretariat, which serves every body, and the chairs of this body
    /// only. A chair of another body is an outsider here (ADR 014).
    /// </summary>
    public bool ShowsDraftsTo(bool servesEveryBody, Guid? chairUserId) =>
        servesEveryBody || (chairUserId is { } id && IsChairedBy(id));

    public void NameSecretariat(string? name)
    {
        var tidy = name.TrimToNull();
        if (tidy != SecretariatName)
        {
            Changed();
            SecretariatName = tidy;
        }
    }

    public void Distribute(Documents.Distribution distribution)
    {
        if (distribution != DocumentDistribution)
        {
            Changed();
            DocumentDistribution = distribution;
        }
    }

    public void Describe(
        string name,
        string shortName,
        BodyKind kind,
        string symbolPrefix,
        SummaryStyle summaryStyle,
        AttributionPolicy attribution,
        int documentDeadlineDays)
    {
        Changed();
        Set(name, shortName, kind, symbolPrefix, summaryStyle, attribution, documentDeadlineDays);
    }

    // What a new body is given and a description changes: the same fields, set in one place.
    [MemberNotNull(nameof(Name), nameof(ShortName), nameof(SymbolPrefix))]
    private void Set(string name, string shortName, BodyKind kind, string symbolPrefix, SummaryStyle summaryStyle, AttributionPolicy attribution, int documentDeadlineDays)
    {
        Name = name;
        ShortName = shortName;
        Kind = kind;
        SymbolPrefix = symbolPrefix;
        SummaryStyle = summaryStyle;
        Attribution = attribution;
        DocumentDeadlineDays = documentDeadlineDays;
    }

    /// <summary>
    /// Places the body under another. <paramref name="ancestorsOfParent"/> are the ids above the new parent,
    /// so that a body never ends up (indirectly) under itself.
    /// </summary>
    public void PlaceUnder(Guid? parentBodyId, IReadOnlyCollection<Guid> ancestorsOfParent)
    {
        if (parentBodyId == Id || (parentBodyId is not null && ancestorsOfParent.Contains(Id)))
        {
            throw new DomainRuleException(
                "BodyHierarchyCannotLoop",
                "A body cannot be placed under itself or under one of its own subsidiary bodies.");
        }

        Changed();
        ParentBodyId = parentBodyId;
    }

    public void AppointChairs(IEnumerable<Guid> userIds)
    {
        Changed();
        _chairs.Clear();
        _chairs.AddRange(userIds.Distinct().Select(id => new BodyChair(id)));
    }

    /// <summary>Replaces the membership. One State may hold several terms, but never two at once.</summary>
    public void SetMembers(IEnumerable<BodyMembership> members)
    {
        var list = members.ToList();
        foreach (var group in list.GroupBy(m => m.MemberState, StringComparer.Ordinal))
        {
            var terms = group.OrderBy(m => m.From).ToList();
            for (var i = 1; i < terms.Count; i++)
            {
                var previous = terms[i - 1];
                if (previous.To is null || previous.To >= terms[i].From)
                {
                    throw new DomainRuleException(
                        "MembershipTermsMustNotOverlap",
                        $"The terms of {group.Key} on this body overlap: a State holds one seat at a time.");
                }
            }
        }

        Changed();
        _members.Clear();
        _members.AddRange(list);
    }

    public IEnumerable<string> MembersOn(DateOnly day) =>
        _members.Where(m => m.IsActiveOn(day)).Select(m => m.MemberState).Distinct();

    /// <summary>Who was a member on the day of <paramref name="meeting"/> (its venue's calendar), which is whom its Restricted papers and quorum count.</summary>
    public IReadOnlyList<string> MembersOn(Meetings.Meeting meeting) => [.. MembersOn(meeting.Schedule.Day)];

    /// <summary>Whether a reader may see a published paper of this body whose distribution is the body's own (summaries, journals).</summary>
    public bool PublishedPapersAdmit(bool signedIn, string? memberState, DateOnly day) =>
        Documents.DistributionRule.Admits(DocumentDistribution, signedIn, memberState, MembersOn(day));
}
