namespace UnHabitat.Meetings.Domain.Bodies;

/// <summary>A Member State's seat on a body for a term; an open end means "until further notice".</summary>
public sealed class BodyMembership
{
    public BodyMembership(string memberState, DateOnly from, DateOnly? to)
    {
        MemberState = Reference.MemberStates.Canonical(memberState);
        From = from;
        To = to;
    }

    public string MemberState { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool IsActiveOn(DateOnly day) => From <= day && (To is null || day <= To);
}

/// <summary>A user who chairs the body (and so approves its agendas and clears its summaries).</summary>
public sealed class BodyChair
{
    public BodyChair(Guid userId) => UserId = userId;

    public Guid UserId { get; private set; }
}
