namespace AmazonBedrock.AI.Emulator.Simulation;

/// <summary>
/// Deterministic unit vectors from hashed words and character trigrams, so texts that share words or spelling are closer
/// (higher cosine similarity) than unrelated texts.
/// </summary>
internal static class VectorHasher
{
    public static float[] Embed(string text, int dimensions)
    {
        var vector = new double[dimensions];
        foreach (string word in TextTools.Words(text))
        {
            Add(vector, "w:" + word, 1.0);
            string padded = "^" + word + "$";
            for (int i = 0; i + 3 <= padded.Length; i++)
            {
                Add(vector, "t:" + padded.Substring(i, 3), 0.35);
            }
        }

        double norm = Math.Sqrt(vector.Sum(v => v * v));
        var result = new float[dimensions];
        if (norm == 0)
        {
            // Empty or symbol-only text still gets a unit vector, chosen by the text itself.
            result[(int)(TextTools.StableHash("empty:" + text) % (ulong)dimensions)] = 1f;
            return result;
        }

        for (int i = 0; i < dimensions; i++)
        {
            result[i] = (float)(vector[i] / norm);
        }

        return result;
    }

    public static double Cosine(float[] a, float[] b)
    {
        double dot = 0;
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            dot += a[i] * b[i];
        }

        return dot;
    }

    private static void Add(double[] vector, string feature, double weight)
    {
        ulong hash = TextTools.StableHash(feature);
        int index = (int)(hash % (ulong)vector.Length);
        double sign = ((hash >> 63) & 1) == 0 ? 1 : -1;
        vector[index] += sign * weight;
    }
}
