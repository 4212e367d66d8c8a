using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using UnHabitat.Meetings.Web.Errors;

namespace UnHabitat.Meetings.Web.Ui;

public sealed record ProblemPage(int Status, string Title, string Message);

/// <summary>
/// Pages answer a missing or forbidden thing with a page in the site's layout, in the words of the one map
/// (<see cref="ErrorAnswers"/>), not with the API's JSON problem; everything else goes on to the exception handler.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UiErrorsAttribute : ExceptionFilterAttribute
{
    public override void OnException(ExceptionContext context)
    {
        var answer = ErrorAnswers.For(context.Exception, Audience.Page);
        if (answer?.Status == StatusCodes.Status401Unauthorized)
        {
            context.Result = new ChallengeResult();
            context.ExceptionHandled = true;
            return;
        }

        if (answer?.Status is not (StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound))
        {
            return;
        }

        var page = new ProblemPage(answer.Status, answer.Title, answer.Detail);
        var viewData = new ViewDataDictionary<ProblemPage>(context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>(), context.ModelState) { Model = page };
        context.Result = new ViewResult { ViewName = "Problem", ViewData = viewData, StatusCode = page.Status };
        context.ExceptionHandled = true;
    }
}
