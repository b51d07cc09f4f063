namespace AmazonBedrock.AI;

/// <summary>
/// A piece of a tool call's arguments as the model streams them, for showing progress. Delivered only to
/// <see cref="BedrockChatOptions.ToolInputDeltas"/>; the complete call still arrives as a <c>FunctionCallContent</c>
/// when its block ends, and these pieces never appear in updates or in the conversation history.
/// </summary>
/// <param name="CallId">The tool call id (<c>toolUseId</c>), the same as the final <c>FunctionCallContent.CallId</c>.</param>
/// <param name="Name">The function name (the original name, before any sanitising for the wire).</param>
/// <param name="Delta">The next fragment of the arguments' JSON text.</param>
public sealed record BedrockToolInputDelta(string CallId, string Name, string Delta);
