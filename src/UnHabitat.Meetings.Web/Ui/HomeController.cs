using MediatR;
using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Bodies;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class HomeController(IMediator mediator) : UiController
{
    /// <summary>The signed-in user's start page: the bodies the Secretariat serves.</summary>
    public async Task<IActionResult> Index() => View(await mediator.Send(new ListBodies()));
}
