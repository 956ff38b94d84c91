"""boto3 against the mock: CRUD in both addressing styles, and a presigned URL.

Usage: python3 boto3-scenario.py LENIENT_URL STRICT_URL ACCESS_KEY SECRET_KEY
Prints one JSON document with what each step saw; the vitest test asserts on it.
"""
import json
import sys
import urllib.request

import boto3
from botocore.config import Config

lenient_url, strict_url, access_key, secret_key = sys.argv[1:5]

# `{bucket}.localhost` resolves through support/localhost-resolver (the test puts it on PYTHONPATH).

CONFIG = {
    "Destination": {"S3BucketDestination": {"Bucket": "arn:aws:s3:::dest", "Format": "Parquet", "Prefix": "inv/"}},
    "IsEnabled": False,
    "Filter": {"Prefix": "logs/"},
    "Id": "boto-1",
    "IncludedObjectVersions": "All",
    "OptionalFields": ["ETag", "Size", "StorageClass"],
    "Schedule": {"Frequency": "Daily"},
}


def client(endpoint, style, key=access_key, secret=secret_key):
    s3 = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id=key,
        aws_secret_access_key=secret,
        # boto3 presigns with SigV2 unless told otherwise; S3 refuses SigV2 for buckets made since 2020.
        config=Config(s3={"addressing_style": style}, retries={"max_attempts": 1}, signature_version="s3v4"),
    )
    hosts = []
    s3.meta.events.register("before-send.s3.*", lambda request, **_: hosts.append(request.url.split("/")[2]))
    return s3, hosts


result = {}
for style, endpoint, bucket in [
    ("path", lenient_url, "boto-path"),
    ("virtual", lenient_url.replace("127.0.0.1", "localhost"), "boto-virtual"),
]:
    s3, hosts = client(endpoint, style)
    s3.create_bucket(Bucket=bucket)
    put = s3.put_bucket_inventory_configuration(Bucket=bucket, Id="boto-1", InventoryConfiguration=CONFIG)
    got = s3.get_bucket_inventory_configuration(Bucket=bucket, Id="boto-1")["InventoryConfiguration"]
    listed = s3.list_bucket_inventory_configurations(Bucket=bucket)
    deleted = s3.delete_bucket_inventory_configuration(Bucket=bucket, Id="boto-1")
    try:
        s3.get_bucket_inventory_configuration(Bucket=bucket, Id="boto-1")
        missing = None
    except s3.exceptions.ClientError as error:
        missing = [error.response["Error"]["Code"], error.response["ResponseMetadata"]["HTTPStatusCode"]]
    result[style] = {
        "putStatus": put["ResponseMetadata"]["HTTPStatusCode"],
        "roundTrip": got == CONFIG,
        "listedIds": [c["Id"] for c in listed.get("InventoryConfigurationList", [])],
        "isTruncated": listed["IsTruncated"],
        "deleteStatus": deleted["ResponseMetadata"]["HTTPStatusCode"],
        "afterDelete": missing,
        "hosts": sorted(set(hosts)),
    }

strict, _ = client(strict_url, "path")
strict.create_bucket(Bucket="boto-strict")
strict.put_bucket_inventory_configuration(Bucket="boto-strict", Id="boto-1", InventoryConfiguration=CONFIG)
url = strict.generate_presigned_url(
    "get_bucket_inventory_configuration", Params={"Bucket": "boto-strict", "Id": "boto-1"}, ExpiresIn=300
)
with urllib.request.urlopen(url) as response:
    result["presigned"] = {"status": response.status, "hasId": b"<Id>boto-1</Id>" in response.read()}
wrong, _ = client(strict_url, "path", secret="wrong-secret")
try:
    wrong.list_bucket_inventory_configurations(Bucket="boto-strict")
    result["wrongSecret"] = None
except wrong.exceptions.ClientError as error:
    result["wrongSecret"] = error.response["Error"]["Code"]

print(json.dumps(result))
