using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Domain.Sessions;

/// <summary>
/// A session of the Assembly or the Executive Board. The Board numbers its sessions per year ("Second
/// session of 2020"), the Assembly for ever ("Second session").
/// </summary>
public sealed class Session : AggregateRoot
{
    public Session(Guid id, Guid bodyId, int number, int? year, DateOnly startsOn, DateOnly endsOn, string venue, string? provisionalAgendaSymbol)
        : base(id)
    {
        if (endsOn < startsOn)
        {
            throw new DomainRuleException("SessionMustEndAfterItStarts", "A session cannot end before it starts.");
        }

        // The title writes the number in words, which stop at 999.
        if (number is < 1 or > NumberWords.MaxOrdinal)
        {
            throw new DomainRuleException("SessionNumbersRunFrom1To999", $"Sessions are numbered from 1 to {NumberWords.MaxOrdinal}, not {number}.");
        }

        BodyId = bodyId;
        Number = number;
        Year = year;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Venue = venue;
        ProvisionalAgendaSymbol = provisionalAgendaSymbol;
    }

    /// <summary>For EF Core, which binds the constructor with the fewest parameters.</summary>
    private Session()
    {
        Venue = "";
    }

    public Guid BodyId { get; private set; }

    public int Number { get; private set; }

    /// <summary>The year for bodies that count sessions per year (the Executive Board); otherwise null.</summary>
    public int? Year { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public string Venue { get; private set; }

    /// <summary>The symbol of the session's provisional agenda, e.g. HSP/EB.2020/19.</summary>
    public string? ProvisionalAgendaSymbol { get; private set; }

    public string Title => Year is null
        ? $"{NumberWords.Capitalised(NumberWords.Ordinal(Number))} session"
        : $"{NumberWords.Capitalised(NumberWords.Ordinal(Number))} session of {Year}";

    /// <summary>The Board counts per year; the Assembly and the others for ever.</summary>
    public static bool CountsPerYear(BodyKind kind) => kind == BodyKind.ExecutiveBoard;
}
