using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace UnHabitat.Meetings.Infrastructure.Identity;

/// <summary>Adds the display name and a delegate's Member State to the claims Identity issues.</summary>
public sealed class MeetingsClaimsFactory(UserManager<MeetingsUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<MeetingsUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string MemberStateClaim = "member_state";
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(MeetingsUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (!string.IsNullOrEmpty(user.MemberState))
        {
            identity.AddClaim(new Claim(MemberStateClaim, user.MemberState));
        }

        return identity;
    }
}
