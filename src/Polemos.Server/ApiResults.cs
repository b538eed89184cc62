using Microsoft.AspNetCore.Http;
using Polemos.Core;

namespace Polemos.Server;

/// <summary>Error answers: a status and a one-line message as <c>{"error": "...", "code": "PLM020"}</c>.</summary>
public static class ApiResults
{
    public static IResult Error(int status, string message, ErrorCode? code = null) =>
        Results.Json(new ErrorJson(message.ReplaceLineEndings(" "), code is { } c ? $"PLM{(int)c:D3}" : null), EventJson.Options, statusCode: status);

    /// <summary>The HTTP status for an expected failure.</summary>
    public static int StatusOf(ErrorCode code) => code switch
    {
        ErrorCode.NotFound => StatusCodes.Status404NotFound,
        ErrorCode.InputTooLarge => StatusCodes.Status413PayloadTooLarge,
        ErrorCode.StoreUnavailable or ErrorCode.StoreLocked or ErrorCode.QueueUnavailable => StatusCodes.Status503ServiceUnavailable,
        ErrorCode.StoreCorrupt or ErrorCode.StoreTooNew or ErrorCode.DataMissing or ErrorCode.DataInvalid or ErrorCode.Internal => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status400BadRequest,
    };
}

/// <summary>The body of an error answer.</summary>
public sealed record ErrorJson(string Error, string? Code);
