namespace UnHabitat.Meetings.Web.Ui;

/// <summary>
/// An intervention by a named official or guest (the Executive Director, the Director-General of UNON …): the
/// name as printed and the function, which the journal prints with the name the first time in the day.
/// </summary>
public sealed class OfficialForm
{
    public Guid AgendaItemId { get; set; }

    public int? Round { get; set; } = 1;

    public string? Topic { get; set; }

    public string? Name { get; set; }

    public string? Function { get; set; }

    public string? Text { get; set; }

    public bool IsQuestion { get; set; }
}
