import { describe, expect, it } from "vitest";
import { S3_OPERATIONS, type S3OperationName } from "../operations/s3-operations.js";
import type { S3OperationInputs } from "./operation-inputs.js";

// Every member of each input shape, spelt once: the compiler rejects a missing or extra key (an object literal
// of a mapped type), and the test below compares the keys with the table's bindings.
const SHAPE_MEMBERS: { [N in S3OperationName]: Record<keyof S3OperationInputs[N], true> } = {
  PutBucketInventoryConfiguration: {
    Bucket: true,
    Id: true,
    InventoryConfiguration: true,
    ExpectedBucketOwner: true,
  },
  GetBucketInventoryConfiguration: { Bucket: true, Id: true, ExpectedBucketOwner: true },
  DeleteBucketInventoryConfiguration: { Bucket: true, Id: true, ExpectedBucketOwner: true },
  ListBucketInventoryConfigurations: { Bucket: true, ContinuationToken: true, ExpectedBucketOwner: true },
  CreateBucket: { Bucket: true, CreateBucketConfiguration: true },
  HeadBucket: { Bucket: true, ExpectedBucketOwner: true },
  DeleteBucket: { Bucket: true, ExpectedBucketOwner: true },
  ListBuckets: {},
};

describe("S3OperationInputs", () => {
  it.each(Object.keys(S3_OPERATIONS) as S3OperationName[])(
    "%s: the shape's members are the table's input members",
    (name) => {
      expect(Object.keys(SHAPE_MEMBERS[name]).sort()).toEqual(Object.keys(S3_OPERATIONS[name].input).sort());
    },
  );
});
