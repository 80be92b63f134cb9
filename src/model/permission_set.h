// What one principal may do: the union of the Allow statements of all its policies (inline,
// customer managed, AWS managed, its groups'), every wildcard and NotAction expanded against
// the catalog, minus what an unconditional Deny on every resource takes away and minus what its
// permissions boundary (when the scripts set one) never allows. Each allowed action keeps the
// statements that grant it, so risk findings can say where.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "catalog/catalog.h"
#include "core/finding.h"
#include "model/document.h"

namespace slim {

// One of a principal's policies, and how it reaches the principal.
struct PolicyGrant {
  const PolicyDocument* document = nullptr;
  std::optional<Location> location;  // where a script grants it (the attachment or put-*-policy)
  std::string via;                   // "inline policy X", "AWS managed policy Y", ...
  // An AWS managed policy AWS wrote for a service's own role (path /service-role/ or
  // /aws-service-role/). Its grants count, but a risk that only such policies open is the
  // service's design, not the user's choice (Cloudsplaining excludes these by default too).
  bool designed_for_service = false;
};

// A statement that allows an action.
struct StatementGrant {
  const PolicyGrant* grant = nullptr;
  const Statement* statement = nullptr;
  // Resource "*" or NotResource. Whether its Condition constrains it is the risk rules' call:
  // some keys (aws:SecureTransport, ...) limit how a request is made, not what it reaches.
  bool on_every_resource = false;

  // "AWS managed policy AWSLambdaFullAccess, statement 1", "group devs: inline policy Deploy,
  // statement \"PassRoles\"", or for a standalone document its file name and statement.
  std::string Describe() const;
  // Where to point: the statement's Action element in a file, or the script line that
  // attaches an AWS managed policy.
  std::optional<Location> Where() const;
};

// Orders actions by name, so everything derived from a set is deterministic (the catalog's
// storage addresses depend on which thread parsed which service first).
struct ActionNameLess {
  bool operator()(const ActionInfo* a, const ActionInfo* b) const {
    return std::tie(a->service_prefix, a->name) < std::tie(b->service_prefix, b->name);
  }
};
using ActionGrants = std::map<const ActionInfo*, std::vector<StatementGrant>, ActionNameLess>;

class RoleModel;
struct IamPrincipal;

class PermissionSet {
 public:
  // `boundary`, when given, is the principal's permissions boundary: actions that no Allow
  // statement of it covers (or that an unconditional Deny of it takes away) are not effective.
  static PermissionSet Build(const std::vector<PolicyGrant>& grants, const Catalog& catalog,
                             const PolicyDocument* boundary = nullptr);
  // The parsed permissions boundary the scripts give `principal` (a customer managed policy
  // they create, or an AWS managed policy), or null when there is none or it cannot be read.
  static PolicyDocumentPtr BoundaryOf(const IamPrincipal& principal, const RoleModel* model, const Catalog& catalog);

  // The statements allowing `action` ("iam:PassRole", any case), or nullptr when not allowed.
  const std::vector<StatementGrant>* Find(std::string_view action) const;
  const std::vector<StatementGrant>* Find(const ActionInfo* action) const;
  const ActionGrants& allowed() const { return allowed_; }
  // The allowed actions, sorted by name.
  std::vector<const ActionInfo*> Actions() const;
  // An unconditional Allow of "*" on "*": every risk is there, and SL5001/SL5002 say so.
  bool administrator() const { return administrator_; }
  // How many allowed actions the permissions boundary took away.
  size_t removed_by_boundary() const { return removed_by_boundary_; }

 private:
  const Catalog* catalog_ = nullptr;
  std::vector<PolicyGrant> grants_;  // owned: StatementGrant points into it
  ActionGrants allowed_;
  bool administrator_ = false;
  size_t removed_by_boundary_ = 0;
};

}  // namespace slim
