namespace Polemos.Core;

/// <summary>Error codes a user can look up; every failure a user sees carries one and a one-line message.</summary>
public enum ErrorCode
{
    InputMissing = 10,
    InputIsDirectory = 11,
    InputEmpty = 12,
    InputBinary = 13,
    InputEncoding = 14,
    InputTooLarge = 15,
    InputMalformed = 16,
    BadArgument = 20,
    DataMissing = 30,
    DataInvalid = 31,
    StoreUnavailable = 40,
    StoreLocked = 41,
    StoreCorrupt = 42,
    StoreTooNew = 43,
    NotFound = 44,
    QueueUnavailable = 45,
    Internal = 99,
}

/// <summary>An expected failure: the CLI prints <c>error PLM0xx: message</c> and exits non-zero, never a stack trace.</summary>
public sealed class PolemosException : Exception
{
    public PolemosException(ErrorCode code, string message)
        : base(message) => Code = code;

    public PolemosException(ErrorCode code, string message, Exception inner)
        : base(message, inner) => Code = code;

    public PolemosException()
        : base("unspecified Polemos error") => Code = ErrorCode.Internal;

    public PolemosException(string message)
        : base(message) => Code = ErrorCode.Internal;

    public PolemosException(string message, Exception innerException)
        : base(message, innerException) => Code = ErrorCode.Internal;

    public ErrorCode Code { get; }

    public string OneLine => $"error PLM{(int)Code:D3}: {Message.ReplaceLineEndings(" ")}";
}
