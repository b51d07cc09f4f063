using System.Text;
using System.Text.Json.Nodes;

namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>
/// The simulated chat model: deterministic for a given request. It answers the last user message with text derived
/// from it, calls tools when offered, answers from tool results, emits JSON for a requested schema and reasons when asked.
/// </summary>
internal sealed class ChatEngine
{
    private readonly ReasoningSigner _signer;

    public ChatEngine(ReasoningSigner signer) => _signer = signer;

    public AssistantTurn Respond(ChatRequest request)
    {
        // An assistant message at the end is a prefill; the question is still the last user message.
        var last = request.Messages.LastOrDefault(m => m.Role == "user") ?? request.Messages[^1];
        string prompt = string.Join(' ', last.Parts.OfType<TextPart>().Select(p => p.Text.Trim())).Trim();
        var media = last.Parts.OfType<MediaPart>().ToList();
        var toolResults = request.Messages[^1].Role == "user" ? last.Parts.OfType<ToolResultPart>().ToList() : [];
        var blocks = new List<TurnBlock>();

        if (request.ReasoningRequested)
        {
            string reasoning = Reason(prompt, toolResults.Count > 0, request.Tools.Count > 0);
            blocks.Add(new ReasoningBlock(reasoning, _signer.Sign(reasoning)));
        }

        string stopReason = "end_turn";
        string? stopSequence = null;
        if (toolResults.Count == 0 && request.Tools.Count > 0 && request.ToolChoice != "none")
        {
            var tool = ChooseTool(request, prompt);
            string input = (new JsonSchemaSampler(tool.Schema, prompt).Sample() ?? new JsonObject()).ToJsonString();
            string id = "tooluse_" + TextTools.Identifier(request.ModelId + "|" + tool.Name + "|" + input + "|" + request.Messages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), 22);
            blocks.Add(new ToolUseBlock(id, tool.Name, input));
            stopReason = "tool_use";
        }
        else
        {
            string text;
            if (request.ResponseSchema is not null)
            {
                text = (new JsonSchemaSampler(request.ResponseSchema, prompt).Sample() ?? new JsonObject()).ToJsonString();
            }
            else if (toolResults.Count > 0)
            {
                text = AnswerFromToolResults(request, toolResults);
            }
            else
            {
                text = Answer(prompt, media);
            }

            (text, stopReason, stopSequence) = ApplyStops(text, request);
            blocks.Add(new TextBlock(text));
        }

        int inputTokens = CountInputTokens(request);
        int outputTokens = blocks.Sum(b => b switch
        {
            TextBlock t => TextTools.CountTokens(t.Text),
            ReasoningBlock r => TextTools.CountTokens(r.Text),
            ToolUseBlock u => TextTools.CountTokens(u.Name) + TextTools.CountTokens(u.InputJson),
            _ => 0,
        });
        return new AssistantTurn(blocks, stopReason, stopSequence, inputTokens, Math.Max(outputTokens, 1));
    }

    private static string Reason(string prompt, bool hasToolResults, bool hasTools)
    {
        string subject = prompt.Length > 0 ? prompt : "the conversation";
        if (hasToolResults)
        {
            return $"The tool results are in. I should use them to answer \"{subject}\" directly.";
        }

        return hasTools
            ? $"The user asks: \"{subject}\". A tool can help, so I will call the best matching one with arguments taken from the request."
            : $"The user asks: \"{subject}\". I will restate the key points and answer concisely.";
    }

    private static ToolDefinition ChooseTool(ChatRequest request, string prompt)
    {
        if (request.ToolChoice == "tool" && request.ToolChoiceName is string name)
        {
            return request.Tools.FirstOrDefault(t => t.Name == name) ?? request.Tools[0];
        }

        var promptWords = TextTools.Words(prompt).ToHashSet(StringComparer.Ordinal);
        ToolDefinition best = request.Tools[0];
        int bestScore = -1;
        foreach (var tool in request.Tools)
        {
            int score = TextTools.IdentifierWords(tool.Name).Count(promptWords.Contains) * 2
                + TextTools.Words(tool.Description).Where(w => w.Length > 3).Distinct().Count(promptWords.Contains);
            if (score > bestScore)
            {
                best = tool;
                bestScore = score;
            }
        }

        return best;
    }

    private static string AnswerFromToolResults(ChatRequest request, List<ToolResultPart> results)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var message in request.Messages)
        {
            foreach (var use in message.Parts.OfType<ToolUsePart>())
            {
                names[use.ToolUseId] = use.Name;
            }
        }

        var builder = new StringBuilder("Here is what I found. ");
        foreach (var result in results)
        {
            string tool = names.TryGetValue(result.ToolUseId, out string? toolName) ? toolName : "the tool";
            builder.Append("According to ").Append(tool).Append(": ").Append(result.Content.Trim()).Append(". ");
        }

        return builder.ToString().TrimEnd();
    }

    private static string Answer(string prompt, List<MediaPart> media)
    {
        var builder = new StringBuilder();
        if (prompt.Length > 0)
        {
            builder.Append("You asked: \"").Append(prompt).Append("\". ");
        }

        foreach (var group in media.GroupBy(m => m.Kind))
        {
            builder.Append("I received ").Append(group.Count()).Append(' ').Append(group.Key).Append(group.Count() == 1 ? string.Empty : "s")
                .Append(" (").Append(string.Join(", ", group.Select(m => m.Format))).Append("). ");
        }

        var keywords = TextTools.Words(prompt).Where(w => w.Length > 3).Distinct().Take(8).ToList();
        builder.Append("This answer comes from the Bedrock emulator, a simulated model that derives its reply from your message");
        builder.Append(keywords.Count > 0 ? ": the key words are " + string.Join(", ", keywords) + "." : ".");
        return builder.ToString();
    }

    private static (string Text, string StopReason, string? StopSequence) ApplyStops(string text, ChatRequest request)
    {
        string stopReason = "end_turn";
        string? matchedSequence = null;
        int cut = text.Length;
        foreach (string sequence in request.StopSequences.Where(s => s.Length > 0))
        {
            int index = text.IndexOf(sequence, StringComparison.Ordinal);
            if (index >= 0 && index < cut)
            {
                cut = index;
                matchedSequence = sequence;
            }
        }

        if (matchedSequence is not null)
        {
            text = text[..cut];
            stopReason = "stop_sequence";
        }

        if (request.MaxTokens is int max && TextTools.CountTokens(text) > max)
        {
            var pieces = TextTools.SplitIntoPieces(text, 1);
            var kept = new StringBuilder();
            foreach (string piece in pieces)
            {
                if (TextTools.CountTokens(kept.ToString() + piece) > max)
                {
                    break;
                }

                kept.Append(piece);
            }

            text = kept.ToString().TrimEnd();
            stopReason = "max_tokens";
            matchedSequence = null;
        }

        return (text, stopReason, matchedSequence);
    }

    private static int CountInputTokens(ChatRequest request)
    {
        int tokens = TextTools.CountTokens(request.SystemText);
        foreach (var message in request.Messages)
        {
            tokens += 3;
            foreach (var part in message.Parts)
            {
                tokens += part switch
                {
                    TextPart t => TextTools.CountTokens(t.Text),
                    ToolUsePart u => TextTools.CountTokens(u.Name) + TextTools.CountTokens(u.Input?.ToJsonString() ?? string.Empty),
                    ToolResultPart r => TextTools.CountTokens(r.Content),
                    MediaPart => 258,
                    _ => 0,
                };
            }
        }

        foreach (var tool in request.Tools)
        {
            tokens += TextTools.CountTokens(tool.Name + " " + tool.Description + " " + (tool.Schema?.ToJsonString() ?? string.Empty));
        }

        return Math.Max(tokens, 1);
    }
}
