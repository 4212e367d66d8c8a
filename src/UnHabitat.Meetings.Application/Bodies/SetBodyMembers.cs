using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Bodies;

namespace UnHabitat.Meetings.Application.Bodies;

/// <summary>Replaces the body's membership by Member State, each with its term.</summary>
[RequiresRole(Roles.Secretariat)]
public sealed record SetBodyMembers(Guid BodyId, IReadOnlyList<BodyMemberDto> Members, int? Version) : ICommand<BodyDto>;

internal sealed class SetBodyMembersValidator : AbstractValidator<SetBodyMembers>
{
    public SetBodyMembersValidator()
    {
        RuleFor(x => x.Members).NotNull();
        RuleForEach(x => x.Members).ChildRules(m =>
        {
            m.RuleFor(x => x.MemberState).KnownMemberState();
            m.RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.To is not null)
                .WithMessage("A term cannot end before it starts.");
        }).OverridePropertyName("members");
        RuleFor(x => x.Version).NotNull().WithMessage("Send back the body's version you read (an If-Match header).");
    }
}

internal sealed class SetBodyMembersHandler(IMeetingsDbContext db) : IRequestHandler<SetBodyMembers, BodyDto>
{
    public async Task<BodyDto> Handle(SetBodyMembers request, CancellationToken cancellationToken)
    {
        var body = await db.LoadAsync(request.BodyId, cancellationToken).ConfigureAwait(false);
        body.EnsureVersion(request.Version!.Value);
        body.SetMembers(request.Members.Select(m => new BodyMembership(m.MemberState, m.From, m.To)));
        return BodyDto.From(body);
    }
}
