import { describe, expect, it } from "vitest";
import { dnsSuffixOf, s3EndpointUrl } from "./partitions.js";

describe("partitions", () => {
  it("gives each partition's S3 endpoint, and aws for a region of no known partition", () => {
    expect(s3EndpointUrl("eu-west-1")).toBe("https://s3.eu-west-1.amazonaws.com");
    expect(s3EndpointUrl("cn-north-1")).toBe("https://s3.cn-north-1.amazonaws.com.cn");
    expect(s3EndpointUrl("us-gov-west-1")).toBe("https://s3.us-gov-west-1.amazonaws.com");
    expect(s3EndpointUrl("us-iso-east-1")).toBe("https://s3.us-iso-east-1.c2s.ic.gov");
    expect(s3EndpointUrl("aws-global")).toBe("https://s3.amazonaws.com");
    expect(s3EndpointUrl("us-east-1", "s3express-control")).toBe(
      "https://s3express-control.us-east-1.amazonaws.com",
    );
    expect(dnsSuffixOf("xx-unknown")).toBe("amazonaws.com");
  });
});
