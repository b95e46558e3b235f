/**
 * The language server for in-editor predictions (dist/server.js, started by the extension in
 * its own process so the model never blocks the extension host): code lenses on top-level
 * functions, and the output/input prediction requests of server/protocol.ts.
 */
import { createConnection, ProposedFeatures, ResponseError, TextDocuments, TextDocumentSyncKind, type CancellationToken } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeLenses } from './codeLenses';
import { ServerPredictors } from './predictors';
import {
  MODEL_STATE_NOTIFICATION,
  PREDICT_INPUT_REQUEST,
  PREDICT_OUTPUT_REQUEST,
  type PredictInputParams,
  type PredictInputResult,
  type PredictOutputParams,
  type PredictOutputResult,
  type ServerInitOptions,
} from './protocol';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let predictors: ServerPredictors | undefined;

connection.onInitialize((params) => {
  const options = params.initializationOptions as Partial<ServerInitOptions> | undefined;
  predictors = new ServerPredictors(options?.threads ?? 1, (state) => void connection.sendNotification(MODEL_STATE_NOTIFICATION, state));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeLensProvider: { resolveProvider: false },
    },
  };
});

connection.onCodeLens((params) => {
  const doc = documents.get(params.textDocument.uri);
  return doc ? codeLenses(doc.uri, doc.getText()) : [];
});

connection.onRequest(PREDICT_OUTPUT_REQUEST, async (params: PredictOutputParams, token: CancellationToken): Promise<PredictOutputResult> => {
  const source = textOf(params.uri);
  return timed(token, async (signal) => {
    const predictor = await predictors!.get(params.modelDir);
    const r = await predictor.predictOutput(source, params.call, { signal });
    return { output: r.output, exception: r.exception, confidence: r.confidence };
  });
});

connection.onRequest(PREDICT_INPUT_REQUEST, async (params: PredictInputParams, token: CancellationToken): Promise<PredictInputResult> => {
  const source = textOf(params.uri);
  return timed(token, async (signal) => {
    const predictor = await predictors!.get(params.modelDir);
    const r = await predictor.predictInput(source, params.output, { fn: params.fn, signal });
    return { input: r.input, fn: r.fn, confidence: r.confidence };
  });
});

connection.onShutdown(() => predictors?.dispose());

function textOf(uri: string): string {
  const doc = documents.get(uri);
  if (!doc) throw new ResponseError(-32602, `the document is not open: ${uri}`);
  return doc.getText();
}

/** Runs a prediction cancellable by the client, measured in ms; its errors reach the user as messages. */
async function timed<T>(token: CancellationToken, work: (signal: AbortSignal) => Promise<T>): Promise<T & { ms: number }> {
  const controller = new AbortController();
  const cancel = token.onCancellationRequested(() => controller.abort());
  const t0 = performance.now();
  try {
    return { ...(await work(controller.signal)), ms: Math.round(performance.now() - t0) };
  } catch (e) {
    throw new ResponseError(-32803, e instanceof Error ? e.message : String(e));
  } finally {
    cancel.dispose();
  }
}

documents.listen(connection);
connection.listen();
