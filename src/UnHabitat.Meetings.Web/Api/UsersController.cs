using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Abstractions;
using UnHabitat.Meetings.Application.Paging;
using UnHabitat.Meetings.Application.Users;

namespace UnHabitat.Meetings.Web.Api;

public sealed record CreateUserRequest(string Email, string Password, string DisplayName, IReadOnlyList<string> Roles, string? MemberState);

[Route("api/users")]
public sealed class UsersController : ApiController
{
    /// <summary>Creates a user (administrators only).</summary>
    [HttpPost]
    [ProducesResponseType<UserAccount>(201)]
    public async Task<ActionResult<UserAccount>> Create(CreateUserRequest request)
    {
        var user = await Mediator.Send(new CreateUser(request.Email, request.Password, request.DisplayName, request.Roles ?? [], request.MemberState));
        return Created($"/api/users/{user.Id}", user);
    }

    /// <summary>The accounts, of one role, Member State or state (active or not) when asked; paged.</summary>
    [HttpGet]
    public async Task<IReadOnlyList<UserAccount>> List(string? role, string? memberState, bool? active, int? limit, string? after) =>
        this.Paged(await Mediator.Send(new ListUsers(role, memberState, active, new PageRequest(limit, after))));
}
