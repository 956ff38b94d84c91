import { parseXml, type XmlElement } from "@s3-inventory/model";
import { Hash } from "@smithy/hash-node";
import { HttpRequest } from "@smithy/protocol-http";
import { SignatureV4 } from "@smithy/signature-v4";
import type { ConnectionSettings } from "../drivers/connection-settings.js";
import { sendHttp } from "../drivers/send-http.js";

const FORM = "Action=GetCallerIdentity&Version=2011-06-15";

/**
 * The caller's account id from STS GetCallerIdentity (it needs no permission), sent as one signed request: to
 * STS's regional host when `settings.endpoint` is undefined, else to the endpoint itself, as LocalStack and the
 * s3-inventory mock answer it there. Undefined when nothing answers it with an account id: cases that need it
 * are then skipped with the reason, and the run goes on. Bounded by the run's request timeout.
 *
 * @internal
 */
export async function discoverAccountId(
  settings: ConnectionSettings,
): Promise<{ accountId: string; source: string } | undefined> {
  const url = new URL(settings.endpoint ?? `https://sts.${settings.region}.amazonaws.com`);
  url.pathname = "/";
  const body = Buffer.from(FORM, "utf8");
  try {
    const signer = new SignatureV4({
      credentials: settings.credentials,
      region: settings.region,
      service: "sts",
      sha256: Hash.bind(null, "sha256"),
    });
    const signed = await signer.sign(
      new HttpRequest({
        method: "POST",
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port ? Number(url.port) : undefined,
        path: "/",
        headers: {
          host: url.host,
          "content-type": "application/x-www-form-urlencoded; charset=utf-8",
          "content-length": String(body.length),
        },
        body,
      }),
    );
    const answer = await sendHttp(settings, {
      method: "POST",
      url: url.toString(),
      headers: signed.headers,
      body,
    });
    if (answer.status !== 200) return undefined;
    const account = findText(parseXml(answer.body.toString("utf8")), "Account");
    if (account === undefined || !/^\d{12}$/.test(account)) return undefined;
    const where = settings.endpoint === undefined ? "" : " at the endpoint";
    return { accountId: account, source: `STS GetCallerIdentity${where}` };
  } catch {
    return undefined;
  }
}

function findText(element: XmlElement, name: string): string | undefined {
  if (element.name === name || element.name.endsWith(`:${name}`)) return element.text;
  for (const child of element.children) {
    const found = findText(child, name);
    if (found !== undefined) return found;
  }
  return undefined;
}
