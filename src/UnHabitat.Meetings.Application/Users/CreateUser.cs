using FluentValidation;
using MediatR;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Domain.Common;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Application.Users;

[RequiresRole(Security.Roles.Administrator)]
public sealed record CreateUser(string Email, string Password, string DisplayName, IReadOnlyList<string> Roles, string? MemberState)
    : ICommand<UserAccount>;

internal sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator()
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(Limits.Email).EmailAddress();
        RuleFor(x => x.Password).NotEmpty();
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(Limits.Name);
        RuleFor(x => x.Roles).NotEmpty().WithMessage("Give the user at least one role.");
        RuleForEach(x => x.Roles).Must(r => Security.Roles.All.Contains(r))
            .WithMessage($"'{{PropertyValue}}' is not a role; the roles are {string.Join(", ", Security.Roles.All)}.");
        RuleFor(x => x.MemberState).NotEmpty().When(x => x.Roles?.Contains(Security.Roles.Delegation) == true)
            .WithMessage("A Delegation user belongs to one Member State: give its code.");
        RuleFor(x => x.MemberState!).KnownMemberState().When(x => !string.IsNullOrEmpty(x.MemberState));
    }
}

internal sealed class CreateUserHandler(IUserAccounts accounts) : IRequestHandler<CreateUser, UserAccount>
{
    public Task<UserAccount> Handle(CreateUser request, CancellationToken cancellationToken) =>
        accounts.CreateAsync(
            new NewUserAccount(request.Email.Trim(), request.Password, request.DisplayName.Trim(), [.. request.Roles.Distinct()], request.MemberState is null ? null : MemberStates.Canonical(request.MemberState)),
            cancellationToken);
}
