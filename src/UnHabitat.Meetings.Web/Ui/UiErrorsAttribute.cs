using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using UnHabitat.Meetings.Application.Errors;
using UnHabitat.Meetings.Application.Pipeline;
using UnHabitat.Meetings.Domain.Common;

namespace UnHabitat.Meetings.Web.Ui;

public sealed record ProblemPage(int Status, string Title, string Message);

/// <summary>
/// Pages answer a missing or forbidden thing with a page in the site's layout, not with the API's JSON
/// problem; everything else goes on to the one exception handler.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UiErrorsAttribute : ExceptionFilterAttribute
{
    public override void OnException(ExceptionContext context)
    {
        var page = context.Exception switch
        {
            NotFoundException => new ProblemPage(404, "Not found", "There is nothing here, or nothing you may see yet."),
            ForbiddenException or PermissionDeniedException => new ProblemPage(403, "Not allowed", context.Exception.Message),
            _ => null,
        };
        if (context.Exception is UnauthenticatedException)
        {
            context.Result = new ChallengeResult();
            context.ExceptionHandled = true;
            return;
        }

        if (page is null)
        {
            return;
        }

        var viewData = new ViewDataDictionary<ProblemPage>(context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>(), context.ModelState) { Model = page };
        context.Result = new ViewResult { ViewName = "Problem", ViewData = viewData, StatusCode = page.Status };
        context.ExceptionHandled = true;
    }
}
