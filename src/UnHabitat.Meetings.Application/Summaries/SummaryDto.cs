using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Decisions;
using UnHabitat.Meetings.Application.Meetings;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Meetings;
using UnHabitat.Meetings.Domain.Summaries;

namespace UnHabitat.Meetings.Application.Summaries;

public sealed record PublishedRevisionDto(int Revision, DateTimeOffset PublishedAt, string PublishedBy);

/// <summary>One step of the summary's workflow as the Secretariat and chairs read it: who, when, and the comment.</summary>
public sealed record SummaryStepDto(int Revision, WorkflowStep Step, SummaryStatus From, SummaryStatus To, string By, bool ByChair, DateTimeOffset At, string? Comment);

/// <param name="AllowedSteps">What the caller may do next, as the summary's workflow decides (pages offer exactly these).</param>
/// <param name="History">The workflow's steps with their comments (the Secretariat and chairs only).</param>
/// <param name="RecordFrozen">Why the record cannot change now and how to reopen it; null while it can.</param>
public sealed record SummaryDto(
    Guid MeetingId,
    SummaryStatus Status,
    int Revision,
    AssembledSummary Summary,
    IReadOnlyList<PublishedRevisionDto> PublishedRevisions,
    int Version,
    IReadOnlyList<WorkflowStep> AllowedSteps,
    IReadOnlyList<SummaryStepDto> History,
    string? RecordFrozen);
