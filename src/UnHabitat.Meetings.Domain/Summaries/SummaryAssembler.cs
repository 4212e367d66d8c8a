using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Records;

namespace UnHabitat.Meetings.Domain.Summaries;

/// <summary>Everything a summary is assembled from.</summary>
public sealed record SummarySource(
    Meeting Meeting,
    Body Body,
    MeetingRecord? Record,
    IReadOnlyList<RecordParagraph> Paragraphs,
    IReadOnlyList<Intervention> Interventions,
    IReadOnlyList<SecretariatResponse> Responses,
    IReadOnlyList<Decisions.Decision>? Decisions = null);

/// <summary>
/// Assembles the summary of a meeting from its record in the body's house style (HOUSE-STYLE.md):
/// numbered narrative, tabular for informal groups, or the Board's journal.
/// </summary>
public static class SummaryAssembler
{
    public const string ViewsLeadInOne = "Following the presentation by the Secretariat, the discussions highlighted the following:";
    public const string ViewsLeadInMany = "Following the presentations by the Secretariat, the discussions highlighted the following:";
    public const string ResponsesLeadIn = "In light of the views expressed by Member States, the Secretariat responded as follows:";
    public const string TabularResponsesLeadIn = "In response to the views expressed, the Secretariat responded the following:";

    public static AssembledSummary Assemble(SummarySource source) => source.Body.SummaryStyle switch
    {
        SummaryStyle.Tabular => Tabular(source),
        _ => Numbered(source),
    };

    private static AssembledSummary Numbered(SummarySource s)
    {
        var meeting = s.Meeting;
        var journal = s.Body.SummaryStyle == SummaryStyle.Journal;
        var title = journal
            ? $"Journal of the {Meeting.AfterThe(s.Body.Name)}"
            : "Summary of the " + Meeting.TitleFor(meeting.Number, s.Body.Name);
        var dateLine = MeetingTimes.DateLine(meeting.Schedule);
        var blocks = new List<SummaryBlock>
        {
            new(SummaryBlockKind.Title, title),
            new(SummaryBlockKind.DateLine, dateLine),
            new(SummaryBlockKind.Venue, meeting.Venue),
            new(SummaryBlockKind.Chair, "Chair: " + meeting.Chair.Display),
        };
        if (!string.IsNullOrWhiteSpace(meeting.Chair.Function))
        {
            blocks.Add(new(SummaryBlockKind.ChairFunction, meeting.Chair.Function));
        }

        // The Board's journal is kept per day: its heading is the day and the meeting, not "MEETING SUMMARY".
        blocks.Add(new(SummaryBlockKind.Heading, journal
            ? $"{meeting.Schedule.LocalStart.ToString("dddd, d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)} – {NumberWords.Capitalised(Meeting.TitleFor(meeting.Number, s.Body.Name))}"
            : "MEETING SUMMARY"));
        var number = 0;
        var attribution = new Attribution();
        var topItems = meeting.Agenda.ChildrenOf(null).ToList();
        foreach (var item in topItems)
        {
            blocks.Add(new(SummaryBlockKind.AgendaItemHeading, $"Agenda item {meeting.Agenda.NumberOf(item.Id)} – {Sentence(item.Title)}"));
            if (IsAdoption(item))
            {
                blocks.Add(Adoption(s, ++number));
            }

            var under = Entries(s, item.Id);
            foreach (var round in under.Rounds)
            {
                foreach (var p in under.Paragraphs.Where(p => p.Round == round && p.Kind != ParagraphKind.Conclusion))
                {
                    blocks.Add(Paragraph(p, ++number));
                }

                var views = under.Interventions.Where(i => i.Round == round).ToList();
                var answers = under.Responses.Where(r => r.Round == round).ToList();
                var topics = TopicOrder(views, answers);
                if (views.Count > 0)
                {
                    // The lead-in names the Secretariat's presentation: without a briefing in the round (as under
                    // "Any other business") the views follow the opening paragraphs directly.
                    var presentations = under.Paragraphs.Where(p => p.Round == round && p.Kind == ParagraphKind.Briefing).Sum(p => Math.Max(1, p.ItemList.Count));
                    if (presentations > 0)
                    {
                        blocks.Add(new(SummaryBlockKind.LeadIn, presentations > 1 ? ViewsLeadInMany : ViewsLeadInOne));
                    }

                    foreach (var topic in topics.Prepend(null))
                    {
                        var inBlock = views.Where(v => SummaryTopic.KeyOf(v.Topic) == topic?.Key).ToList();
                        if (inBlock.Count == 0)
                        {
                            continue;
                        }

                        if (topic is not null)
                        {
                            blocks.Add(new(SummaryBlockKind.TopicHeading, topic.Heading));
                        }

                        attribution.NewBlock();
                        foreach (var view in inBlock)
                        {
                            blocks.Add(new(SummaryBlockKind.Paragraph, Sentence($"{LeadIn(view, s.Body, attribution)} {view.Text}"), ++number, null, new("Intervention", view.Id)));
                        }
                    }
                }

                if (answers.Count > 0)
                {
                    blocks.Add(new(SummaryBlockKind.LeadIn, ResponsesLeadIn));
                    foreach (var topic in topics.Prepend(null))
                    {
                        var inBlock = answers.Where(a => SummaryTopic.KeyOf(a.Topic) == topic?.Key).ToList();
                        if (inBlock.Count == 0)
                        {
                            continue;
                        }

                        if (topic is not null)
                        {
                            blocks.Add(new(SummaryBlockKind.TopicHeading, topic.Heading));
                        }

                        foreach (var answer in inBlock)
                        {
                            blocks.Add(new(SummaryBlockKind.Paragraph, Sentence(answer.Text), ++number, null, new("Response", answer.Id)));
                        }
                    }
                }

                foreach (var p in under.Paragraphs.Where(p => p.Round == round && p.Kind == ParagraphKind.Conclusion))
                {
                    blocks.Add(Paragraph(p, ++number));
                }
            }

            // The decisions adopted under the item close it, each its own numbered paragraph.
            foreach (var decision in DecisionsUnder(s, item.Id))
            {
                blocks.Add(new(SummaryBlockKind.Paragraph, decision.OutcomeSentence(s.Body), ++number, null, new("Decision", decision.Id)));
            }

            if (item == topItems[^1] && s.Record?.AdjournedAt is { } adjourned)
            {
                var zone = meeting.TimeZoneId;
                blocks.Add(new(SummaryBlockKind.Closing,
                    $"The {Meeting.TitleFor(meeting.Number, s.Body.Name)} was adjourned at {MeetingTimes.At(adjourned, zone)}.",
                    ++number, null, new("Record", meeting.Id), Bold: true));
            }
        }

        return new AssembledSummary(s.Body.SummaryStyle, title, dateLine, blocks);
    }

    private static AssembledSummary Tabular(SummarySource s)
    {
        var meeting = s.Meeting;
        var title = "Summary of Discussions Emanating from the " + s.Body.Name;
        var dateLine = MeetingTimes.InformalDateLine(meeting.Schedule);
        var blocks = new List<SummaryBlock>
        {
            new(SummaryBlockKind.Title, title),
            new(SummaryBlockKind.DateLine, dateLine, Bold: true),
        };
        var attendance = s.Record?.Attendance ?? [];
        var present = attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => Name(a.MemberState)).ToList();
        var apologies = attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => Name(a.MemberState)).ToList();
        if (present.Count > 0)
        {
            blocks.Add(new(SummaryBlockKind.Attendance, "The following members attended the meeting: " + string.Join(", ", present)));
        }

        if (apologies.Count > 0)
        {
            blocks.Add(new(SummaryBlockKind.Attendance, "The following members sent their apologies: " + string.Join(", ", apologies)));
        }

        blocks.Add(new(SummaryBlockKind.TableHeader, "Agenda Items | Comments | Discussion", Columns:
            [[new(LineStyle.Text, "Agenda Items")], [new(LineStyle.Text, "Comments")], [new(LineStyle.Text, "Discussion")]]));
        var attribution = new Attribution();
        foreach (var item in meeting.Agenda.ChildrenOf(null))
        {
            var under = Entries(s, item.Id);
            var heading = $"{meeting.Agenda.NumberOf(item.Id)}. {item.Title}";
            var comments = new List<SummaryLine>();
            var point = 0;
            foreach (var p in under.Paragraphs.Where(p => p.Kind != ParagraphKind.Conclusion))
            {
                comments.Add(new(LineStyle.Point, p.Text, $"{++point})"));
                comments.AddRange(p.ItemList.Select(i => new SummaryLine(LineStyle.Bullet, i)));
            }

            var discussion = new List<SummaryLine>();
            attribution.NewBlock();
            foreach (var view in under.Interventions)
            {
                var policy = view.Attribution ?? s.Body.Attribution;
                var text = view.LeadIn is not null ? $"{view.LeadIn} {view.Text}"
                    : policy == AttributionPolicy.Anonymous && view.Speaker.Kind is SpeakerKind.MemberState or SpeakerKind.MemberStates ? Capitalised(view.Text)
                    : $"{attribution.LeadIn(view.Speaker, policy)} {view.Text}";
                discussion.Add(new(LineStyle.Bullet, Sentence(text)));
            }

            if (under.Responses.Count > 0)
            {
                discussion.Add(new(LineStyle.Text, TabularResponsesLeadIn));
                discussion.AddRange(under.Responses.Select(r => new SummaryLine(LineStyle.Bullet, Sentence(r.Text))));
            }

            discussion.AddRange(under.Paragraphs.Where(p => p.Kind == ParagraphKind.Conclusion).Select(p => new SummaryLine(LineStyle.Text, p.Text)));
            blocks.Add(new(SummaryBlockKind.TableRow, heading, Source: new("AgendaItem", item.Id), Columns: [[new(LineStyle.Text, heading)], comments, discussion]));
        }

        return new AssembledSummary(SummaryStyle.Tabular, title, dateLine, blocks);
    }

    /// <summary>Paragraph 1: calling to order and the agenda as adopted, generated from the agenda itself.</summary>
    private static SummaryBlock Adoption(SummarySource s, int number)
    {
        var meeting = s.Meeting;
        var agenda = meeting.Agenda;
        var calledAt = s.Record?.CalledToOrderAt;
        var opening = $"The {Meeting.TitleFor(meeting.Number, s.Body.Name)} was called to order"
            + (calledAt is null ? "." : $" at {MeetingTimes.At(calledAt.Value, meeting.TimeZoneId)}.");
        var noun = BodyNoun(s.Body);
        var adoption = agenda.Status switch
        {
            AgendaStatus.Adopted when agenda.Amendments is null => $" The {noun} adopted the provisional agenda for its meeting without any change as follows:",
            AgendaStatus.Adopted => $" The {noun} adopted the provisional agenda for its meeting with the following amendments: {Sentence(agenda.Amendments)} The agenda as adopted reads as follows:",
            _ => " The provisional agenda for the meeting reads as follows:",
        };
        var items = agenda.InOrder().Select(i =>
        {
            var depth = agenda.DepthOf(i.Id);
            var hasChildren = agenda.ChildrenOf(i.Id).Any();
            var text = hasChildren ? i.Title.TrimEnd('.', ':') + ":" : Sentence(i.Title);
            var label = depth == 1 ? null : depth == 2 ? Letter(i.Position) + "." : RomanNumerals.Lower(i.Position) + ".";
            return new SummaryLine(LineStyle.Bullet, text, label, depth);
        }).ToList();
        return new SummaryBlock(SummaryBlockKind.Paragraph, opening + adoption, number, items, new("Agenda", meeting.Id));
    }

    private static SummaryBlock Paragraph(RecordParagraph p, int number) =>
        new(SummaryBlockKind.Paragraph, Sentence(p.Text), number,
            p.ItemList.Count == 0 ? null : [.. p.ItemList.Select((text, i) => new SummaryLine(LineStyle.Bullet, Sentence(text), Letter(i + 1) + "."))],
            new("Paragraph", p.Id));

    private static string LeadIn(Intervention view, Body body, Attribution attribution)
    {
        // The generated lead-in still counts the State as mentioned, so that what follows stays right.
        var generated = attribution.LeadIn(view.Speaker, view.Attribution ?? body.Attribution);
        return view.LeadIn ?? generated;
    }

    /// <summary>
    /// Topics in the order they were first raised; topics only answered come after. Spellings that name the same
    /// resolution are one topic, headed as first written.
    /// </summary>
    private static List<SummaryTopic> TopicOrder(List<Intervention> views, List<SecretariatResponse> answers) =>
        [.. views.Select(v => v.Topic).Concat(answers.Select(a => a.Topic)).OfType<string>()
            .Select(t => new SummaryTopic(SummaryTopic.KeyOf(t)!, t.Trim()))
            .DistinctBy(t => t.Key, StringComparer.Ordinal)];

    private static EntriesUnder Entries(SummarySource s, Guid topItemId)
    {
        var agenda = s.Meeting.Agenda;
        var ids = agenda.InOrder(topItemId).Select(i => i.Id).Append(topItemId).ToHashSet();
        var paragraphs = s.Paragraphs.Where(p => ids.Contains(p.AgendaItemId)).OrderBy(p => p.Sequence).ThenBy(p => p.Id).ToList();
        var interventions = s.Interventions.Where(i => ids.Contains(i.AgendaItemId)).OrderBy(i => i.Sequence).ThenBy(i => i.Id).ToList();
        var responses = s.Responses.Where(r => ids.Contains(r.AgendaItemId)).OrderBy(r => r.Sequence).ThenBy(r => r.Id).ToList();
        var rounds = paragraphs.Select(p => p.Round).Concat(interventions.Select(i => i.Round)).Concat(responses.Select(r => r.Round)).Distinct().Order().ToList();
        return new EntriesUnder(rounds, paragraphs, interventions, responses);
    }

    /// <summary>The decisions adopted under an item or its sub-items, in the order of their numbers.</summary>
    internal static IEnumerable<Decisions.Decision> DecisionsUnder(SummarySource s, Guid topItemId)
    {
        var ids = s.Meeting.Agenda.InOrder(topItemId).Select(i => i.Id).Append(topItemId).ToHashSet();
        return (s.Decisions ?? []).Where(d => d.MeetingId == s.Meeting.Id && ids.Contains(d.AgendaItemId)).OrderBy(d => d.Series).ThenBy(d => d.Ordinal);
    }

    private static bool IsAdoption(AgendaItem item) =>
        item.ParentId is null && item.Title.StartsWith("Adoption of the", StringComparison.OrdinalIgnoreCase) && item.Title.Contains("agenda", StringComparison.OrdinalIgnoreCase);

    internal static string BodyNoun(Body body) => body.Kind switch
    {
        BodyKind.WorkingGroup or BodyKind.ExpertGroup => "working group",
        BodyKind.Bureau => "Bureau",
        BodyKind.ExecutiveBoard => "Executive Board",
        BodyKind.Assembly => "Assembly",
        _ => "group",
    };

    private static string Name(string code) => Reference.MemberStates.Find(code)?.Name ?? code;

    private static string Letter(int n) => ((char)('a' + ((n - 1) % 26))).ToString();

    /// <summary>Ends the text with a full stop unless it already ends with punctuation.</summary>
    internal static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || ".:;!?".Contains(trimmed[^1], StringComparison.Ordinal) || trimmed.EndsWith(".)", StringComparison.Ordinal) ? trimmed : trimmed + ".";
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private sealed record EntriesUnder(List<int> Rounds, List<RecordParagraph> Paragraphs, List<Intervention> Interventions, List<SecretariatResponse> Responses);
}
