using Microsoft.AspNetCore.Mvc;
using UnHabitat.Meetings.Application.Bodies;
using UnHabitat.Meetings.Application.Security;

namespace UnHabitat.Meetings.Web.Ui;

public sealed class HomeController : UiController
{
    /// <summary>
    /// The signed-in user's start page: each role lands where its work is; an administrator on the bodies
    /// the Secretariat serves.
    /// </summary>
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        if (User.IsInRole(Roles.Secretariat))
        {
            return RedirectToAction(nameof(DashboardController.Index), "Dashboard");
        }

        if (User.IsInRole(Roles.Chair))
        {
            return RedirectToAction(nameof(InboxController.Index), "Inbox");
        }

        if (User.IsInRole(Roles.Delegation))
        {
            return RedirectToAction(nameof(DelegationController.Index), "Delegation");
        }

        return View(await Mediator.Send(new ListBodies()));
    }
}
