namespace UnHabitat.Meetings.Domain.Meetings;

/// <summary>
/// The agenda's rules in one place, by the names a refusal carries (the "rule" of a 409) and the domain tests are
/// named after. The checks themselves stay where the state is (<see cref="Agenda"/>, <see cref="Meeting"/>).
/// </summary>
public static class AgendaRules
{
    /// <summary>Items go three levels deep at most (6 (c) (v)): no sub-item under the third level, no move that would make a fourth.</summary>
    public const string AgendaHasAtMostThreeLevels = nameof(AgendaHasAtMostThreeLevels);

    /// <summary>An item cannot be moved under itself or under one of its own sub-items.</summary>
    public const string AgendaItemCannotMoveUnderItself = nameof(AgendaItemCannotMoveUnderItself);

    /// <summary>Only an item that is on the agenda can be renamed, moved, removed or given sub-items.</summary>
    public const string AgendaItemMustExist = nameof(AgendaItemMustExist);

    /// <summary>
    /// The agenda the meeting adopted is its record: no item is added, changed or removed any more. (Before that, an
    /// edit to a submitted or approved agenda is allowed and sends it back to draft, for the chair to see again.)
    /// </summary>
    public const string AdoptedAgendaCannotChange = nameof(AdoptedAgendaCannotChange);

    public const string OnlyADraftOrReturnedAgendaCanBeSubmitted = nameof(OnlyADraftOrReturnedAgendaCanBeSubmitted);

    public const string AnEmptyAgendaCannotBeSubmitted = nameof(AnEmptyAgendaCannotBeSubmitted);

    public const string OnlyASubmittedAgendaCanBeApproved = nameof(OnlyASubmittedAgendaCanBeApproved);

    public const string OnlyASubmittedAgendaCanBeReturned = nameof(OnlyASubmittedAgendaCanBeReturned);

    /// <summary>The meeting adopts only the agenda its chair approved, and only once it has begun.</summary>
    public const string OnlyAnApprovedAgendaCanBeAdopted = nameof(OnlyAnApprovedAgendaCanBeAdopted);
}
