"""The OpenAPI document and the single error format."""


def test_openapi_document_describes_the_api(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    assert "/api/v1/episodes/{episode_id}" in schema["paths"]
    assert "/api/v1/me" in schema["paths"]


def test_interactive_docs_are_not_exposed(client, db):
    assert client.get("/api/v1/docs").status_code == 404


def test_validation_errors_use_the_error_shape(login_as, member):
    response = login_as(member).get("/api/v1/episodes/not-a-number")
    assert response.status_code == 422
    body = response.json()["error"]
    assert body["code"] == "validation_error"
    assert "episode_id" in body["fields"]


def test_me_describes_the_caller(login_as, therapist):
    body = login_as(therapist).get("/api/v1/me").json()
    assert body["role"] == "therapist" and body["mfa_required"] is True
