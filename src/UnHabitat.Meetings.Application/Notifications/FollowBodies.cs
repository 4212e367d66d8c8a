using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Documents;
using UnHabitat.Meetings.Domain.Notifications;

namespace UnHabitat.Meetings.Application.Notifications;

public sealed record FollowedBody(Guid BodyId, IReadOnlyList<string>? Languages);

/// <summary>Chooses the bodies (and languages) whose documents the caller is told about; replaces the earlier choice.</summary>
[RequiresSignedInUser]
public sealed record FollowBodies(IReadOnlyList<FollowedBody> Bodies) : ICommand<IReadOnlyList<FollowedBody>>;

internal sealed class FollowBodiesValidator : AbstractValidator<FollowBodies>
{
    public FollowBodiesValidator()
    {
        RuleFor(x => x.Bodies).NotNull();
        RuleForEach(x => x.Bodies).ChildRules(b =>
        {
            b.RuleFor(x => x.BodyId).NotEmpty();
            b.RuleForEach(x => x.Languages).Must(OfficialLanguages.IsOfficial).WithMessage("'{PropertyValue}' is not one of the six official languages.");
        }).OverridePropertyName("bodies");
    }
}

internal sealed class FollowBodiesHandler(IMeetingsDbContext db, ICurrentUser user) : IRequestHandler<FollowBodies, IReadOnlyList<FollowedBody>>
{
    public async Task<IReadOnlyList<FollowedBody>> Handle(FollowBodies request, CancellationToken cancellationToken)
    {
        var userId = user.UserId!.Value;
        var ids = request.Bodies.Select(b => b.BodyId).Distinct().ToList();
        var known = await db.Bodies.Where(b => ids.Contains(b.Id)).Select(b => b.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var unknown = ids.FindIndex(id => !known.Contains(id));
        if (unknown >= 0)
        {
            throw InvalidInput.For($"bodies[{unknown}].bodyId", $"There is no body with the id {ids[unknown]}.");
        }

        db.Subscriptions.RemoveRange(await db.Subscriptions.Where(s => s.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false));
        foreach (var body in request.Bodies.DistinctBy(b => b.BodyId))
        {
            db.Subscriptions.Add(new Subscription(userId, body.BodyId, body.Languages ?? []));
        }

        return request.Bodies;
    }
}
