package io.factdesk.model;

/**
 * One sentence-encoder model as a langchain4j in-process artifact ships it: an ONNX file and its tokenizer.json,
 * both resources of that artifact's jar, and how its token vectors become one sentence vector.
 *
 * @param name              a stable id of the model and of the artifact's version; embeddings cached under one
 *                          name must never be mixed with another's
 * @param modelResource     the .onnx file's path inside the jar
 * @param tokenizerResource the tokenizer.json's path inside the jar
 * @param prefix            put before every text, as the model was trained to expect (e5's "query: " for
 *                          texts compared with texts of their own kind); part of what a vector means
 * @param pooling           as the model was trained to be pooled (and as langchain4j's class for it pools)
 * @param maxTokens         longer texts are cut to this many tokens, [CLS] and [SEP] included
 * @param dimension         numbers per vector
 */
record EncoderModel(String name, String modelResource, String tokenizerResource, String prefix, Pooling pooling,
                    int maxTokens, int dimension) {

    enum Pooling {
        /** The average of the token vectors under the attention mask. */
        MEAN,
        /** The vector of the leading [CLS] token. */
        CLS
    }
}
