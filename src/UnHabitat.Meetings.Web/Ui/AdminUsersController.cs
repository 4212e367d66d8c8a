using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Security;
using UnHabitat.Meetings.Application.Users;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class UserFilterForm
{
    public string? Role { get; set; }

    [Display(Name = "Member State")]
    public string? MemberState { get; set; }

    /// <summary>"active", "inactive" or empty for both.</summary>
    public string? Status { get; set; }

    public bool? Active => Status switch { "active" => true, "inactive" => false, _ => null };
}

public sealed class InviteForm
{
    [Display(Name = "E-mail address")]
    public string? Email { get; set; }

    [Display(Name = "Name as shown in histories")]
    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    [Display(Name = "Member State (delegation users)")]
    public string? MemberState { get; set; }
}

public sealed class RolesForm
{
    public List<string> Roles { get; set; } = [];

    [Display(Name = "Member State (delegation users)")]
    public string? MemberState { get; set; }
}

public sealed record UsersPage(Page<UserAccount> Users, UserFilterForm Filter, InviteForm Invite, bool IsAdministrator);

public sealed record UserPage(UserAccount User, RolesForm Form, bool IsAdministrator);

/// <summary>
/// Who has an account, and what they may do: administrators manage everyone; the Secretariat invites and
/// manages chairs and delegation users (the rule is the use cases', the pages only offer what it allows).
/// </summary>
[Route("admin/users")]
[Authorize(Roles = Roles.Administrator + "," + Roles.Secretariat)]
public sealed class AdminUsersController : UiController
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] UserFilterForm filter, string? after) => View(await PageAsync(filter, new InviteForm(), after));

    [HttpPost("invite")]
    public async Task<IActionResult> Invite([Bind(Prefix = "Invite")] InviteForm form)
    {
        var invited = await TrySendAsync(new InviteUser(form.Email ?? "", form.DisplayName ?? "", form.Roles, form.MemberState.TrimToNull()), "Invite", typeof(InviteForm));
        if (invited is null)
        {
            return View(nameof(Index), await PageAsync(new UserFilterForm(), form));
        }

        Saved($"{invited.DisplayName} is invited: an e-mail with a link to choose a password is on its way to {invited.Email}.");
        return Redirect("/admin/users");
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id)
    {
        var user = await UserAsync(id);
        return user is null ? NotFound() : View(new UserPage(user, new RolesForm { Roles = [.. user.Roles], MemberState = user.MemberState }, IsAdministrator));
    }

    [HttpPost("{id:guid}/roles")]
    public async Task<IActionResult> SaveRoles(Guid id, [Bind(Prefix = "Form")] RolesForm form)
    {
        var changed = await TrySendAsync(new ChangeUserRoles(id, form.Roles, form.MemberState.TrimToNull()), "Form", typeof(RolesForm));
        if (changed is null)
        {
            var user = await UserAsync(id);
            return user is null ? NotFound() : View(nameof(Edit), new UserPage(user, form, IsAdministrator));
        }

        Saved($"The roles of {changed.DisplayName} are saved; they sign in again to use them.");
        return Redirect($"/admin/users/{id}");
    }

    [HttpPost("{id:guid}/invitation")]
    public Task<IActionResult> ResendInvitation(Guid id) => ActAsync(id, new ResendInvitation(id), u => $"A new invitation is on its way to {u.Email}.");

    [HttpPost("{id:guid}/deactivate")]
    public Task<IActionResult> Deactivate(Guid id) => ActAsync(id, new DeactivateUser(id), u => $"{u.DisplayName} is deactivated and signed out everywhere.");

    [HttpPost("{id:guid}/reactivate")]
    public Task<IActionResult> Reactivate(Guid id) => ActAsync(id, new ReactivateUser(id), u => $"{u.DisplayName} can sign in again.");

    [HttpPost("{id:guid}/unlock")]
    public Task<IActionResult> Unlock(Guid id) => ActAsync(id, new UnlockUser(id), u => $"{u.DisplayName} is unblocked and can try to sign in again.");

    /// <summary>A lost phone and no recovery code left: the person signs in with the password alone, or sets a second factor up again if they must have one.</summary>
    [HttpPost("{id:guid}/reset-two-factor")]
    public Task<IActionResult> ResetTwoFactor(Guid id) => ActAsync(id, new ResetTwoFactor(id), u => $"The two-factor sign-in of {u.DisplayName} is reset and they are signed out everywhere; they set it up again from their account page.");

    private bool IsAdministrator => User.IsInRole(Application.Security.Roles.Administrator);

    private async Task<IActionResult> ActAsync(Guid id, MediatR.IRequest<UserAccount> command, Func<UserAccount, string> said)
    {
        var done = await TrySendAsync(command, null, typeof(RolesForm));
        var user = done ?? await UserAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (done is null)
        {
            return View(nameof(Edit), new UserPage(user, new RolesForm { Roles = [.. user.Roles], MemberState = user.MemberState }, IsAdministrator));
        }

        Saved(said(done));
        return Redirect($"/admin/users/{id}");
    }

    private async Task<UserAccount?> UserAsync(Guid id) =>
        (await Mediator.Send(new ListUsers(Ids: [id]))) is { Count: > 0 } found ? found[0] : null;

    private async Task<UsersPage> PageAsync(UserFilterForm filter, InviteForm invite, string? after = null) =>
        new(await Mediator.Send(new ListUsers(filter.Role.TrimToNull(), filter.MemberState.TrimToNull(), filter.Active, new PageRequest(After: after))), filter, invite, IsAdministrator);
}
