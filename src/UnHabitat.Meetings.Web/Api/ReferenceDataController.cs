using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.ReferenceData;
using UnHabitat.Meetings.Domain.Reference;

namespace UnHabitat.Meetings.Web.Api;

[Route("api")]
public sealed class ReferenceDataController : ApiController
{
    /// <summary>The 193 Member States and the observer States, with ISO code and regional group.</summary>
    [HttpGet("member-states")]
    [ResponseCache(Duration = 3600, Location = ResponseCacheLocation.Client)]
    public async Task<IReadOnlyList<MemberState>> MemberStates() => await Mediator.Send(new ListMemberStates());
}
