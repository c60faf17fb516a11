-- table.sort of a big table: numbers, then strings, then records with a
-- comparison function.  A linear congruential generator makes the data.
local scale = tonumber(arg and arg[1]) or 100
local n = math.max(100, 15000 * scale // 100)

local seed = 12345
local function rand()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed
end

local nums, strs, recs = {}, {}, {}
for i = 1, n do
  nums[i] = rand() % 1000000
  strs[i] = string.format("k%07d", rand() % 10000000)
  recs[i] = { key = rand() % 1000, id = i }
end
table.sort(nums)
table.sort(strs, function(a, b) return a > b end)
table.sort(recs, function(a, b)
  if a.key ~= b.key then return a.key < b.key end
  return a.id < b.id
end)

local sum = 0
for i = 1, n, 97 do
  sum = (sum * 31 + nums[i] + #strs[i] + recs[i].id) % 1000000007
end
print("checksum: " .. sum .. " " .. nums[1] .. " " .. strs[1] .. " " .. recs[n].id)
