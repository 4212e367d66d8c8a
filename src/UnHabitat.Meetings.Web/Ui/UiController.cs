using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace UnHabitat.Meetings.Web.Ui;

/// <summary>Base of the Razor pages' controllers: signed-in users, anti-forgery on every form post.</summary>
[Authorize]
[AutoValidateAntiforgeryToken]
public abstract class UiController : Controller;
