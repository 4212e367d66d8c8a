using System.Globalization;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;
using UnHabitat.Meetings.Domain.Sessions;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Domain.Journals;

/// <summary>Everything one day's journal is assembled from: the session and each meeting held that day, in order.</summary>
public sealed record JournalSource(Session Session, Body Body, DateOnly Date, IReadOnlyList<SummarySource> Meetings, string? Mark = null);

/// <summary>
/// One day's journal: the three header lines, then blocks in the shape of a summary (unnumbered paragraphs),
/// so that it is printed and exported by the summary's own templates.
/// </summary>
public sealed record AssembledJournal(string Title, string Heading, string DayLine, int Day, DateOnly Date, IReadOnlyList<SummaryBlock> Blocks)
{
    public AssembledSummary AsSummary() => new(SummaryStyle.Journal, Title, DayLine, Blocks);
}

/// <summary>
/// Assembles the day's "Summary of plenary discussions and outcomes" (HOUSE-STYLE.md section 3a) from every
/// meeting of the session held that day: agenda items and sub-items as headings, paragraphs unnumbered, Member
/// States in capitals, officials with their function the first time in the day, decisions closing their item.
/// </summary>
public static class JournalAssembler
{
    public const string Heading = "SUMMARY OF PLENARY DISCUSSIONS AND OUTCOMES";

    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static AssembledJournal Assemble(JournalSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (session, body, date) = (source.Session, source.Body, source.Date);
        var day = date.DayNumber - session.StartsOn.DayNumber + 1;
        var title = $"{session.Year ?? session.StartsOn.Year} {NumberWords.Ordinal(session.Number)} session of the {HeaderName(body)}, {Dates(session)}".ToUpperInvariant();
        var dayLine = $"Day {day} – {date.ToString("dddd, d MMMM yyyy", English)}".ToUpperInvariant();
        var blocks = new List<SummaryBlock>
        {
            new(SummaryBlockKind.Title, title),
            new(SummaryBlockKind.Heading, Heading),
            new(SummaryBlockKind.Heading, dayLine),
        };
        if (source.Mark is not null)
        {
            blocks.Add(new(SummaryBlockKind.Heading, source.Mark));
        }

        blocks.Add(new(SummaryBlockKind.Paragraph, Opening(session, body, date, day), Source: new("Session", session.Id)));

        // One voice for the whole day: an official is introduced once a day, whichever meeting they speak at.
        var voice = new Voice(body);
        foreach (var meeting in source.Meetings.OrderBy(m => m.Meeting.StartsAt))
        {
            var agenda = meeting.Meeting.Agenda;
            foreach (var top in agenda.ChildrenOf(null))
            {
                var items = agenda.InOrder(top.Id).Prepend(top).Where(i => TakenUp(meeting, i.Id)).ToList();
                if (items.Count == 0)
                {
                    continue; // only the items taken up that day appear
                }

                blocks.Add(new(SummaryBlockKind.AgendaItemHeading, $"Agenda item {agenda.NumberOf(top.Id)}: {top.Title.Trim().TrimEnd('.')}", Source: new("AgendaItem", top.Id)));
                foreach (var item in items)
                {
                    if (item.Id != top.Id)
                    {
                        blocks.Add(new(SummaryBlockKind.SubItemHeading, $"Agenda item {agenda.NumberOf(item.Id)} – {item.Title.Trim().TrimEnd('.')}", Source: new("AgendaItem", item.Id)));
                    }

                    Entries(blocks, meeting, item.Id, voice);
                }
            }
        }

        return new AssembledJournal(title, Heading, dayLine, day, date, blocks);
    }

    /// <summary>What was said and decided under exactly this item, round by round, its decisions last.</summary>
    private static void Entries(List<SummaryBlock> blocks, SummarySource s, Guid itemId, Voice voice)
    {
        var paragraphs = s.Paragraphs.Where(p => p.AgendaItemId == itemId).OrderBy(p => p.Sequence).ThenBy(p => p.Id).ToList();
        var interventions = s.Interventions.Where(i => i.AgendaItemId == itemId).OrderBy(i => i.Sequence).ThenBy(i => i.Id).ToList();
        var responses = s.Responses.Where(r => r.AgendaItemId == itemId).OrderBy(r => r.Sequence).ThenBy(r => r.Id).ToList();
        var rounds = paragraphs.Select(p => p.Round).Concat(interventions.Select(i => i.Round)).Concat(responses.Select(r => r.Round)).Distinct().Order();
        foreach (var round in rounds)
        {
            foreach (var p in paragraphs.Where(p => p.Round == round && p.Kind != ParagraphKind.Conclusion))
            {
                blocks.Add(Unnumbered(p.Text, new("Paragraph", p.Id), p.ItemList));
            }

            foreach (var view in interventions.Where(i => i.Round == round))
            {
                blocks.Add(Unnumbered($"{view.LeadIn ?? voice.LeadIn(view.Speaker, s.Meeting)} {view.Text}", new("Intervention", view.Id)));
            }

            foreach (var answer in responses.Where(r => r.Round == round))
            {
                blocks.Add(Unnumbered(answer.Text, new("Response", answer.Id)));
            }

            foreach (var p in paragraphs.Where(p => p.Round == round && p.Kind == ParagraphKind.Conclusion))
            {
                blocks.Add(Unnumbered(p.Text, new("Paragraph", p.Id), p.ItemList));
            }
        }

        foreach (var decision in (s.Decisions ?? []).Where(d => d.MeetingId == s.Meeting.Id && d.AgendaItemId == itemId).OrderBy(d => d.Series).ThenBy(d => d.Ordinal))
        {
            blocks.Add(Unnumbered(decision.OutcomeSentence(s.Body), new("Decision", decision.Id)));
        }
    }

    private static bool TakenUp(SummarySource s, Guid itemId) =>
        s.Paragraphs.Any(p => p.AgendaItemId == itemId) || s.Interventions.Any(i => i.AgendaItemId == itemId)
        || s.Responses.Any(r => r.AgendaItemId == itemId) || (s.Decisions ?? []).Any(d => d.MeetingId == s.Meeting.Id && d.AgendaItemId == itemId);

    private static SummaryBlock Unnumbered(string text, BlockSource source, IReadOnlyList<string>? items = null) =>
        new(SummaryBlockKind.Paragraph, SummaryAssembler.Sentence(text), null,
            items is { Count: > 0 } ? [.. items.Select(i => new SummaryLine(LineStyle.Bullet, SummaryAssembler.Sentence(i)))] : null, source);

    /// <summary>"On Tuesday, 4 March 2031, the first session of the Executive Board … for the year 2031 resumed in Nairobi, Kenya."</summary>
    private static string Opening(Session session, Body body, DateOnly date, int day)
    {
        var name = Meeting.AfterThe(body.Name);
        if (name.Contains("United Nations Human Settlements Programme", StringComparison.Ordinal) && !name.Contains("(UN-Habitat)", StringComparison.Ordinal))
        {
            name += " (UN-Habitat)";
        }

        var year = session.Year is { } y ? $" for the year {y}" : "";
        var where = session.Venue.Trim().Equals("Online", StringComparison.OrdinalIgnoreCase) ? "online" : "in " + session.Venue.Trim();
        return $"On {date.ToString("dddd, d MMMM yyyy", English)}, the {NumberWords.Ordinal(session.Number)} session of the {name}{year} {(day == 1 ? "opened" : "resumed")} {where}.";
    }

    private static string HeaderName(Body body) => body.Kind switch
    {
        BodyKind.ExecutiveBoard => "Executive Board",
        BodyKind.Assembly => "UN-Habitat Assembly",
        _ => Meeting.AfterThe(body.Name),
    };

    /// <summary>"3-5 March 2031", "30 September-2 October 2031", "3 March 2031".</summary>
    private static string Dates(Session session)
    {
        var (from, to) = (session.StartsOn, session.EndsOn);
        if (from == to)
        {
            return from.ToString("d MMMM yyyy", English);
        }

        return from.Month == to.Month && from.Year == to.Year
            ? $"{from.Day}-{to.ToString("d MMMM yyyy", English)}"
            : from.Year == to.Year
                ? $"{from.ToString("d MMMM", English)}-{to.ToString("d MMMM yyyy", English)}"
                : $"{from.ToString("d MMMM yyyy", English)}-{to.ToString("d MMMM yyyy", English)}";
    }

    /// <summary>
    /// Who spoke, as the journal prints it: States in capitals as running text names them, "KENYA, on behalf
    /// of the African Group,", the Secretariat by the body's name for it, the Chair and officials with their
    /// function the first time in the day and by function after.
    /// </summary>
    private sealed class Voice(Body body)
    {
        private readonly Attribution _attribution = new();
        private readonly HashSet<string> _chairsIntroduced = new(StringComparer.Ordinal);

        public string LeadIn(Speaker speaker, Meeting meeting) => speaker.Kind switch
        {
            SpeakerKind.Secretariat => Capitalised(body.SecretariatName ?? "the Secretariat"),
            SpeakerKind.Chair => Chair(meeting.Chair),
            SpeakerKind.Group => $"{Reference.StateNames.InCapitals(speaker.MemberState)}, on behalf of {Article(speaker.OnBehalfOf!)},",
            SpeakerKind.Official => _attribution.Official(speaker),
            _ => _attribution.LeadIn(speaker, AttributionPolicy.NamedCapitals),
        };

        private string Chair(MeetingChair chair)
        {
            if (string.IsNullOrWhiteSpace(chair.Name) || !_chairsIntroduced.Add(chair.Display))
            {
                return "The Chair";
            }

            var function = string.IsNullOrWhiteSpace(chair.Function) ? "" : $", {chair.Function.Trim()}";
            return $"The Chair of the {SummaryAssembler.BodyNoun(body)}, {chair.Display}{function},";
        }

        private static string Article(string group) =>
            group.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? group : "the " + group;

        private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }
}
