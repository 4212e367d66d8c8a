using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Resolutions;

namespace UnHabitat.Meetings.Application.Resolutions;

/// <summary>
/// Records the implementation update of a resolution for a reporting period: status, points with the operative
/// paragraphs they concern, paragraph statuses, milestones, challenges and lessons learned. A second update for
/// the same period replaces the first. Send back the resolution's version you read.
/// </summary>
[RequiresRole(Roles.Secretariat)]
public sealed record ReportImplementation(
    Guid ResolutionId,
    string? Period,
    DateOnly? AsOf,
    string? Status,
    IReadOnlyList<UpdatePointDto>? Points,
    IReadOnlyList<ParagraphStatusDto>? Paragraphs,
    IReadOnlyList<MilestoneDto>? Milestones,
    string? Challenges,
    string? LessonsLearned,
    int? Version) : ICommand<ResolutionDto>;

internal sealed class ReportImplementationValidator : AbstractValidator<ReportImplementation>
{
    public ReportImplementationValidator()
    {
        RuleFor(x => x.Period).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(x => x.AsOf).NotNull().WithMessage("Give the date the update speaks for (e.g. the date of the briefing).");
        RuleFor(x => x.Status).Must(s => ImplementationStatuses.TryRead(s, out _))
            .WithMessage(x => $"'{x.Status}' is not a status; a status is one of {ImplementationStatuses.List}.");
        RuleFor(x => x.Points).Custom((points, context) =>
        {
            for (var i = 0; i < (points?.Count ?? 0); i++)
            {
                var point = points![i];
                if (string.IsNullOrWhiteSpace(point?.Text) || point.Text.Length > Limits.Text)
                {
                    context.AddFailure($"points[{i}].text", $"A point has a text of 1 to {Limits.Text} characters.");
                }

                for (var j = 0; j < (point?.Ops?.Count ?? 0); j++)
                {
                    if (!OperativeParagraphNumber.TryParse(point!.Ops![j], out _))
                    {
                        context.AddFailure($"points[{i}].ops[{j}]", $"'{point.Ops[j]}' is not an operative paragraph such as OP3 or OP3 (c).");
                    }
                }
            }
        });
        RuleFor(x => x.Paragraphs).Custom((paragraphs, context) =>
        {
            for (var i = 0; i < (paragraphs?.Count ?? 0); i++)
            {
                if (!OperativeParagraphNumber.TryParse(paragraphs![i]?.Op, out _))
                {
                    context.AddFailure($"paragraphs[{i}].op", $"'{paragraphs[i]?.Op}' is not an operative paragraph such as OP3 or OP3 (c).");
                }

                if (!ImplementationStatuses.TryRead(paragraphs[i]?.Status, out _))
                {
                    context.AddFailure($"paragraphs[{i}].status", $"'{paragraphs[i]?.Status}' is not a status; a status is one of {ImplementationStatuses.List}.");
                }
            }
        });
        RuleFor(x => x.Milestones).Custom((milestones, context) =>
        {
            for (var i = 0; i < (milestones?.Count ?? 0); i++)
            {
                if (string.IsNullOrWhiteSpace(milestones![i]?.Label) || milestones[i].Label!.Length > Limits.Name)
                {
                    context.AddFailure($"milestones[{i}].label", $"A milestone has a label of 1 to {Limits.Name} characters.");
                }

                if (!PartialDate.TryParse(milestones[i]?.Due, out _))
                {
                    context.AddFailure($"milestones[{i}].due", $"'{milestones[i]?.Due}' is not a date such as 2024, 2024-04 or 2024-04-15.");
                }
            }
        });
        RuleFor(x => x.Challenges).MaximumLength(Limits.Text);
        RuleFor(x => x.LessonsLearned).MaximumLength(Limits.Text);
        RuleFor(x => x.Version).NotNull().WithMessage("Send back the resolution's version you read (\"version\" in the body or an If-Match header).");
    }
}

internal sealed class ReportImplementationHandler(IMeetingsDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReportImplementation, ResolutionDto>
{
    public async Task<ResolutionDto> Handle(ReportImplementation request, CancellationToken cancellationToken)
    {
        var resolution = await db.LoadResolutionAsync(request.ResolutionId, cancellationToken).ConfigureAwait(false);
        resolution.EnsureVersion(request.Version!.Value);

        var points = request.Points ?? [];
        var paragraphs = request.Paragraphs ?? [];
        for (var i = 0; i < points.Count; i++)
        {
            for (var j = 0; j < (points[i].Ops?.Count ?? 0); j++)
            {
                EnsureExists(resolution, points[i].Ops![j], $"points[{i}].ops[{j}]");
            }
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            EnsureExists(resolution, paragraphs[i].Op!, $"paragraphs[{i}].op");
        }

        ImplementationStatuses.TryRead(request.Status, out var status);
        resolution.Report(
            request.Period!,
            request.AsOf!.Value,
            status,
            points.Select(p => new UpdatePoint(p.Text!, (p.Ops ?? []).Select(OperativeParagraphNumber.Parse))),
            paragraphs.Select(p => new ParagraphStatus(OperativeParagraphNumber.Parse(p.Op!), Read(p.Status))),
            (request.Milestones ?? []).Select(m => new Milestone(m.Label!, PartialDate.Parse(m.Due!), m.Achieved ?? false)),
            request.Challenges,
            request.LessonsLearned,
            user.AsActor(),
            clock.GetUtcNow());
        return ResolutionDto.From(resolution);
    }

    private static void EnsureExists(Resolution resolution, string op, string field)
    {
        var number = OperativeParagraphNumber.Parse(op);
        if (!resolution.Has(number))
        {
            throw InvalidInput.For(field, $"{resolution.Reference} has no {number}; its operative paragraphs are {resolution.ParagraphList}.");
        }
    }

    private static ImplementationStatus Read(string? text) => ImplementationStatuses.TryRead(text, out var status) ? status : default;
}
