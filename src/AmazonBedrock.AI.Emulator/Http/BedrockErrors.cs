using System.Text;

namespace AmazonBedrock.AI.Emulator;

/// <summary>Bedrock's error answers: status, <c>x-amzn-ErrorType</c> and <c>{"message": ...}</c>.</summary>
internal static class BedrockErrors
{
    public const string BedrockNamespace = "http://internal.amazon.com/coral/com.amazon.bedrock/";
    public const string CoralServiceNamespace = "http://internal.amazon.com/coral/com.amazon.coral.service/";

    public const string SignatureMismatchMessage =
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

    public const string InvalidTokenMessage = "The security token included in the request is invalid.";

    public static ScriptedResponse Create(int statusCode, string errorType, string message, string errorNamespace = BedrockNamespace)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["x-amzn-ErrorType"] = errorType + ":" + errorNamespace,
        };
        string body = "{\"message\":" + ScriptedResponse.JsonString(message) + "}";
        return new BodyScriptedResponse(statusCode, "application/json", Encoding.UTF8.GetBytes(body), headers);
    }

    public static ScriptedResponse Validation(string message) => Create(400, "ValidationException", message);

    public static ScriptedResponse InvalidSignature(string message) => Create(403, "InvalidSignatureException", message, CoralServiceNamespace);

    public static ScriptedResponse UnrecognizedClient() => Create(403, "UnrecognizedClientException", InvalidTokenMessage, CoralServiceNamespace);

    public static ScriptedResponse MissingAuthentication() =>
        Create(403, "MissingAuthenticationTokenException", "Missing Authentication Token", CoralServiceNamespace);
}
